package org.partnersplatform.core.partnership;

/**
 * A submitted application: its id and the applicant's status token (shown once; the status link is
 * {@code /partners/applications/{token}}).
 */
public record ApplicationReceipt(long id, String organizationSlug, String organizationName, ApplicationStatus status,
                                 String statusToken) {
}
