package org.partnersplatform.core.alert;

/** Where an alert is in the inbox: open until an administrator acknowledges it. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED
}
