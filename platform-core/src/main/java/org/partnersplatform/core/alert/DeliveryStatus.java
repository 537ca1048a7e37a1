package org.partnersplatform.core.alert;

/** Where the delivery of an alert through one notifier installation is. */
public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** The channel accepted it. */
    SENT,
    /** Given up: refused for good, refused settings, or out of attempts. */
    FAILED
}
