package org.partnersplatform.core.partnership;

/** Where a partnership stands. */
public enum PartnerStatus {
    /** A partner in good standing. */
    ACTIVE,
    /** A partner below the practical minimum, with months left to get back above it. */
    GRACE,
    /** No longer a partner; it may apply again. */
    DELISTED;

    /** Whether an organization with this status is a partner now (active or in grace). */
    public boolean current() {
        return this != DELISTED;
    }
}
