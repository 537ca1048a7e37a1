package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.people.IdentityRule;

/** An identity rule: identities whose {@code field} (EMAIL or USERNAME) is {@code value} belong to the member. */
@Serdeable
public record IdentityRuleDto(long id, String field, String value, @Nullable String source, long memberId,
                              String createdBy, Instant createdAt) {

    public static IdentityRuleDto of(IdentityRule rule) {
        return new IdentityRuleDto(rule.id(), rule.matchField().name(), rule.matchValue(), rule.source(),
                rule.memberId(), rule.createdBy(), rule.createdAt());
    }
}
