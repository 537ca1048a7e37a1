package org.partnersplatform.core.ingest;

/** What started a run. */
public enum RunTrigger {
    MANUAL,
    SCHEDULE
}
