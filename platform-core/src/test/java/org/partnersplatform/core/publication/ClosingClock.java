package org.partnersplatform.core.publication;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the closing tests: half an hour into 1 May 2024 in Berlin (still 30 April in UTC), moving forward
 * one millisecond per reading so runs and revisions have distinct times.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "spec.name", value = "MonthClosingTest")
class ClosingClock extends Clock {

    private static final Instant START = Instant.parse("2024-04-30T22:30:00Z");
    private final long startedAt = System.nanoTime();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return START.plusNanos(System.nanoTime() - startedAt);
    }
}
