package org.partnersplatform.core.payment;

/** What a payment import does, or would do, with one row. Only CREATE and UPDATE rows change anything. */
public enum PaymentImportOutcome {
    CREATE,
    UPDATE,
    UNCHANGED,
    INVALID,
    UNKNOWN_ORGANIZATION
}
