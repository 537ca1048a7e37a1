package org.partnersplatform.core.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An organization's membership of the project (a corporate membership, say), from its first day to its last; a
 * membership that runs has no last day.
 */
@MappedEntity("membership")
public record Membership(@Id @GeneratedValue @Nullable Long id, long organizationId, String kind,
                         @Nullable String tier, LocalDate startsOn, @Nullable LocalDate endsOn,
                         @Nullable String note, String createdBy, Instant createdAt) {

    /** Whether it is in force on every day of the month. */
    public boolean covers(YearMonth month) {
        return !startsOn.isAfter(month.atDay(1)) && (endsOn == null || !endsOn.isBefore(month.atEndOfMonth()));
    }

    /** Whether it is in force on the day. */
    public boolean activeOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    /** "corporate member, gold, from 2026-01-01 to 2026-12-31" or "corporate member, from 2026-01-01 on". */
    public String describe() {
        return kind + (tier == null ? "" : ", " + tier) + ", from " + startsOn
                + (endsOn == null ? " on" : " to " + endsOn);
    }
}
