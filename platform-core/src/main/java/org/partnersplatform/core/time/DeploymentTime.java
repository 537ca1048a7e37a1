package org.partnersplatform.core.time;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The deployment's calendar: months are calendar months in its time zone ({@code partners.time-zone}, UTC by
 * default), while instants are stored in UTC.
 */
@Singleton
public class DeploymentTime {

    private final ZoneId zone;
    private final Clock clock;

    public DeploymentTime(@Value("${partners.time-zone:UTC}") String zone, Clock clock) {
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The day an instant falls on, here. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of a month, here. */
    public Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The current month, here. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone));
    }
}
