package org.partnersplatform.core.alert;

/** What an alert is about. */
public enum AlertSubject {
    ORGANIZATION,
    MEMBER
}
