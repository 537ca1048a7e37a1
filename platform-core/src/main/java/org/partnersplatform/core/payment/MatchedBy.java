package org.partnersplatform.core.payment;

/**
 * How a payer's organization was set. Only the domain matches are automatic: a rule may set or replace them, never
 * an administrator's. {@code NAME} is reserved by the schema for a name match an administrator accepts.
 */
public enum MatchedBy {
    ADMIN,
    WEBSITE_DOMAIN,
    EMAIL_DOMAIN,
    NAME;

    /** Whether a rule set it, so that a rule may change it. */
    public boolean automatic() {
        return this == WEBSITE_DOMAIN || this == EMAIL_DOMAIN;
    }
}
