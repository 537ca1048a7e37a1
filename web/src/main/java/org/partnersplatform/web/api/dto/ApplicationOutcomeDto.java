package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.partnership.ApplicationOutcome;

/** What the applicant's status link answers. */
@Serdeable
public record ApplicationOutcomeDto(String organization, String organizationName, String status,
                                    Instant submittedAt, @Nullable Instant decidedAt, @Nullable String decisionNote) {

    public static ApplicationOutcomeDto of(ApplicationOutcome outcome) {
        return new ApplicationOutcomeDto(outcome.organizationSlug(), outcome.organizationName(),
                outcome.status().name(), outcome.submittedAt(), outcome.decidedAt(), outcome.decisionNote());
    }
}
