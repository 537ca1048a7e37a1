package org.partnersplatform.core.identity;

/** Where an affiliation came from; manual ones are never overwritten by automatic rules. */
public enum AffiliationOrigin {
    EMAIL_DOMAIN,
    MANUAL,
    SELF_DECLARED,
    IMPORT
}
