package org.partnersplatform.api.http;

import java.time.Duration;

/** Waits. The client takes one so that tests can see the waits without spending them. */
@FunctionalInterface
public interface Sleeper {

    /** The real wait. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits for {@code duration}; an interrupt ends the wait early by throwing. */
    void sleep(Duration duration) throws InterruptedException;
}
