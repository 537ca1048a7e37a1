package org.partnersplatform.core.privacy;

/** What was done with a person's data. */
public enum PrivacyAction {
    EXPORT,
    ERASE
}
