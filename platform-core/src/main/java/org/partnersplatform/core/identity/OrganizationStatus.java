package org.partnersplatform.core.identity;

/**
 * Whether an organization was confirmed by an administrator, created from an unknown company email domain and not yet
 * reviewed, or dismissed (its domain turned out not to be an organization; its people are independent).
 */
public enum OrganizationStatus {
    CONFIRMED,
    PROVISIONAL,
    DISMISSED
}
