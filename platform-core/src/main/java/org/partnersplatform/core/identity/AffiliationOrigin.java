package org.partnersplatform.core.identity;

/**
 * Where an affiliation came from. Only {@link #EMAIL_DOMAIN} ones are automatic: the others were set by a person and
 * are never overwritten by automatic rules, and they win over an automatic one on the days both hold.
 */
public enum AffiliationOrigin {
    EMAIL_DOMAIN,
    MANUAL,
    SELF_DECLARED,
    IMPORT;

    /** Whether an automatic rule set it (and may replace it). */
    public boolean automatic() {
        return this == EMAIL_DOMAIN;
    }
}
