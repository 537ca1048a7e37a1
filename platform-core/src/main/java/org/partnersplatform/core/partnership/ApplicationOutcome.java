package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What the applicant's status link shows: how the application stands and, once decided, the reviewer's note. It is
 * how the organization is told the decision; nothing is mailed.
 */
public record ApplicationOutcome(String organizationSlug, String organizationName, ApplicationStatus status,
                                 Instant submittedAt, @Nullable Instant decidedAt, @Nullable String decisionNote) {
}
