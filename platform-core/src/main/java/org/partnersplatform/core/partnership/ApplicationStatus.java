package org.partnersplatform.core.partnership;

/** Where a partner application stands. */
public enum ApplicationStatus {
    /** Waiting for a reviewer's decision; an organization has at most one. */
    SUBMITTED,
    /** A reviewer made the organization a partner. */
    APPROVED,
    /** A reviewer declined it; the organization may apply again. */
    REJECTED,
    /** The applicant took it back. */
    WITHDRAWN
}
