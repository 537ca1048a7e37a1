package org.partnersplatform.api;

/**
 * The remote service failed in a way that may pass (a 5xx, a timeout, a dropped connection). The core retries the
 * same page with backoff, then fails the run keeping what it committed.
 */
public final class TemporarilyUnavailableException extends SourceException {

    public TemporarilyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public TemporarilyUnavailableException(String message) {
        super(message, null);
    }
}
