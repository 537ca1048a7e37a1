package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.partnersplatform.core.eligibility.EligibilityReport;
import org.partnersplatform.core.partnership.ApplicationView;

/**
 * An application as reviewers read it; {@code report} is the eligibility report recorded with the decision (null
 * before one), {@code currentReport} the report as of today when one application is opened.
 */
@Serdeable
public record ApplicationDto(long id, String organization, String organizationName, String contactName,
                             String contactEmail, String motivation, String status, Instant submittedAt,
                             @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String decisionNote,
                             @Nullable String policyVersion, @Nullable EligibilityReport report,
                             @Nullable EligibilityReport currentReport, List<Member> members) {

    public static ApplicationDto of(ApplicationView view) {
        return of(view, null);
    }

    public static ApplicationDto of(ApplicationView view, @Nullable EligibilityReport current) {
        return new ApplicationDto(view.id(), view.organizationSlug(), view.organizationName(), view.contactName(),
                view.contactEmail(), view.motivation(), view.status().name(), view.submittedAt(), view.decidedAt(),
                view.decidedBy(), view.decisionNote(), view.policyVersion(), view.report(), current,
                view.members().stream().map(m -> new Member(m.name(), m.email(), m.memberId())).toList());
    }

    /** A team member; {@code memberId} is the known person with that email, if any. */
    @Serdeable
    public record Member(String name, String email, @Nullable Long memberId) {
    }
}
