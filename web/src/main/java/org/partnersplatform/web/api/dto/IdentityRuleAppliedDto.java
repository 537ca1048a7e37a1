package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.partnersplatform.core.people.AppliedRule;

/** A new identity rule and the merges it made among the identities already stored. */
@Serdeable
public record IdentityRuleAppliedDto(IdentityRuleDto rule, List<MergeDto> merges) {

    public static IdentityRuleAppliedDto of(AppliedRule applied) {
        return new IdentityRuleAppliedDto(IdentityRuleDto.of(applied.rule()),
                applied.merges().stream().map(MergeDto::of).toList());
    }
}
