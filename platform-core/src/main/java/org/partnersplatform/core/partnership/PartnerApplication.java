package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An organization's application to become a partner. A decision keeps the eligibility report the reviewer saw (as
 * JSON) and its policy version; the status token is the applicant's unguessable link to the outcome.
 */
@MappedEntity("partner_application")
public record PartnerApplication(@Id @GeneratedValue @Nullable Long id, Long organizationId, String contactName,
                                 String contactEmail, String motivation, ApplicationStatus status,
                                 Instant submittedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
                                 @Nullable String decisionNote, @Nullable String reportJson,
                                 @Nullable String policyVersion, String statusToken) {

    /** The application with a reviewer's decision. */
    PartnerApplication decided(ApplicationStatus decision, Instant at, String by, @Nullable String note,
                               String report, String version) {
        return new PartnerApplication(id, organizationId, contactName, contactEmail, motivation, decision,
                submittedAt, at, by, note, report, version, statusToken);
    }
}
