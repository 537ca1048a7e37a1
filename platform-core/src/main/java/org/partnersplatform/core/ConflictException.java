package org.partnersplatform.core;

/** The request clashes with the current state (a name taken, a run in progress); answered 409 with the message. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
