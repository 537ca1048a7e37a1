package org.partnersplatform.core.people;

/**
 * Where a merge suggestion stands. A rejected pair is kept so that it is never suggested again; an obsolete one names a
 * member that was merged or erased since.
 */
public enum SuggestionStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    OBSOLETE
}
