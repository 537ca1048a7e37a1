package org.partnersplatform.core.privacy;

/** What happens to an erased person's activities ({@code partners.privacy.erased-activities}). */
public enum ErasedActivities {
    /** Kept for the organizations' aggregates, without title, URL, evidence or attributes. */
    ANONYMISE,
    /** Deleted. */
    REMOVE
}
