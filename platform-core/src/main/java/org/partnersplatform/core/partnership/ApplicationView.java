package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.partnersplatform.core.eligibility.EligibilityReport;

/**
 * An application as reviewers see it.
 *
 * @param report the eligibility report recorded with the decision, or {@code null} before one
 */
public record ApplicationView(long id, String organizationSlug, String organizationName, String contactName,
                              String contactEmail, String motivation, ApplicationStatus status, Instant submittedAt,
                              @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String decisionNote,
                              @Nullable String policyVersion, @Nullable EligibilityReport report,
                              List<ApplicationMember> members) {

    public ApplicationView {
        members = List.copyOf(members);
    }
}
