package org.partnersplatform.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The remote service asks to wait until {@link #retryAt()}. The core waits when that is soon and otherwise ends the run
 * as rescheduled, to continue from the last saved checkpoint at that time. Nothing committed is lost.
 */
public final class RateLimitedException extends SourceException {

    private final Instant retryAt;

    public RateLimitedException(String message, Instant retryAt) {
        super(message, null);
        this.retryAt = Objects.requireNonNull(retryAt, "retryAt");
    }

    /** The earliest instant at which a request may succeed again. */
    public Instant retryAt() {
        return retryAt;
    }
}
