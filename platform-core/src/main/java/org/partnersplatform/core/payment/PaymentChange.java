package org.partnersplatform.core.payment;

/** What storing a payment did, or would do. */
public enum PaymentChange {
    CREATED,
    UPDATED,
    UNCHANGED
}
