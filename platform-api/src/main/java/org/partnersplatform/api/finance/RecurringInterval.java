package org.partnersplatform.api.finance;

/** How often a payment recurs. */
public enum RecurringInterval {
    ONE_TIME,
    MONTHLY,
    YEARLY
}
