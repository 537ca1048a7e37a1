package org.partnersplatform.core.affiliation;

/** What an import does, or would do, with one row. Only ADD rows change anything. */
public enum ImportOutcome {
    ADD,
    UNCHANGED,
    CONFLICT,
    UNKNOWN_EMAIL,
    UNKNOWN_ORGANIZATION,
    INVALID
}
