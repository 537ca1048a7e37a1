package org.partnersplatform.core.affiliation;

/** Where a claim stands: waiting for an administrator, or decided. */
public enum ClaimStatus {
    PENDING,
    APPROVED,
    REJECTED
}
