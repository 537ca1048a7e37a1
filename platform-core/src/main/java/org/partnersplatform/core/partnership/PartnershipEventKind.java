package org.partnersplatform.core.partnership;

/** What happened to a partnership. */
public enum PartnershipEventKind {
    /** A reviewer approved the organization's application. */
    APPROVED,
    /** The first month below the practical minimum. */
    GRACE_STARTED,
    /** Still below the minimum once the grace period's months are over, with months left before delisting. */
    GRACE_ENDED,
    /** Back at or above the practical minimum during the grace period. */
    RECOVERED,
    /** Below the minimum for as many months in a row as the policy allows. */
    DELISTED,
    /** The partner's tier changed. */
    TIER_CHANGED
}
