package org.partnersplatform.core.partnership;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the partnership tests set; it replaces the system clock only in their context. */
@Singleton
@Replaces(Clock.class)
@Requires(property = "spec.name", value = "PartnershipTest")
class PartnershipClock extends Clock {

    private volatile Instant now = Instant.parse("2024-07-05T09:00:00Z");

    void set(String instant) {
        now = Instant.parse(instant);
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
