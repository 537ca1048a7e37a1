package org.partnersplatform.core.identity;

/** Whether an organization was confirmed by an administrator or created from an unknown company email domain. */
public enum OrganizationStatus {
    CONFIRMED,
    PROVISIONAL
}
