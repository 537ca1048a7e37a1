package org.partnersplatform.api;

/**
 * An inbound request failed its authenticity check (a webhook signature that does not match, a missing signing
 * header). The core answers 401 and stores nothing.
 */
public final class RequestRejectedException extends SourceException {

    public RequestRejectedException(String message) {
        super(message, null);
    }
}
