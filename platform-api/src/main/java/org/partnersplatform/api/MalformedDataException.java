package org.partnersplatform.api;

/**
 * What was received cannot be read: an inbound request the push handler cannot parse (answered with 400), or a whole
 * response a pull source cannot read (the run fails, keeping what it committed). A single unreadable item is not an
 * exception: put it in {@link Page#rejected()} and go on.
 */
public final class MalformedDataException extends SourceException {

    public MalformedDataException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedDataException(String message) {
        super(message, null);
    }
}
