package org.partnersplatform.core.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the account tests move forward; it replaces the system clock only in their context. */
@Singleton
@Replaces(Clock.class)
@Requires(property = "spec.name", value = "AccountServiceTest")
class AdjustableClock extends Clock {

    private volatile Instant now = Instant.parse("2024-05-01T09:00:00Z");

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
