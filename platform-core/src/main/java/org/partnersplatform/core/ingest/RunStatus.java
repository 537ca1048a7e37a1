package org.partnersplatform.core.ingest;

/** Where a sync run is. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    /** Ended by an error; what it committed stays, and the next run continues from the last saved checkpoint. */
    FAILED,
    /** Stopped by a long rate limit; continues by itself at {@code retryAt}. */
    RESCHEDULED,
    /** The node stopped during the run; the next run continues from the last saved checkpoint. */
    INTERRUPTED,
    /** Not run because another node was running the same installation. */
    SKIPPED;

    /** Whether the run has ended. */
    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
