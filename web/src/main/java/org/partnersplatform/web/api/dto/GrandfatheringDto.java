package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.partnersplatform.core.eligibility.GrandfatheringSuggestion;
import org.partnersplatform.core.membership.GrandfatheredSponsorship;
import org.partnersplatform.core.policy.PartnershipPolicy;

/**
 * An organization's grandfathering: the policy's rule ({@code null} when it has none), the recorded sponsorship
 * ({@code null} when none) and, when nothing is recorded, what its payments suggest ({@code null} when nothing).
 */
@Serdeable
public record GrandfatheringDto(@Nullable Rule rule, @Nullable Recorded recorded, @Nullable Suggestion suggestion) {

    /** The policy's rule. */
    @Serdeable
    public record Rule(BigDecimal minimumMonthly, LocalDate startedBefore, LocalDate eligibleUntil) {
    }

    /** The recorded sponsorship. */
    @Serdeable
    public record Recorded(long id, BigDecimal monthlyUsd, LocalDate since, String evidence, String createdBy,
                           Instant createdAt) {
    }

    /** The first month before the cut-off whose payments reached the minimum. */
    @Serdeable
    public record Suggestion(String month, BigDecimal usd) {
    }

    public static GrandfatheringDto of(Optional<PartnershipPolicy.Grandfathering> rule,
                                       Optional<GrandfatheredSponsorship> recorded,
                                       Optional<GrandfatheringSuggestion> suggestion) {
        return new GrandfatheringDto(rule.map(r -> new Rule(r.minimumMonthly(), r.startedBefore(),
                r.eligibleUntil())).orElse(null), recorded.map(GrandfatheringDto::recorded).orElse(null),
                suggestion.map(s -> new Suggestion(s.month().toString(), s.usd())).orElse(null));
    }

    public static Recorded recorded(GrandfatheredSponsorship s) {
        return new Recorded(s.id(), s.monthlyUsd(), s.since(), s.evidence(), s.createdBy(), s.createdAt());
    }
}
