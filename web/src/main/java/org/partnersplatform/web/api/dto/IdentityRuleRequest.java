package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.people.IdentityRuleCommand;

/** {@code {"field": "EMAIL", "value": "ada@old.example", "source": null, "memberId": 4}}. */
@Serdeable
public record IdentityRuleRequest(@Nullable String field, @Nullable String value, @Nullable String source,
                                  @Nullable Long memberId) {

    public IdentityRuleCommand toCommand() {
        return new IdentityRuleCommand(field, value, source, memberId);
    }
}
