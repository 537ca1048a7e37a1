package org.partnersplatform.core;

/** What was asked for does not exist; the web layer answers 404 with the message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
