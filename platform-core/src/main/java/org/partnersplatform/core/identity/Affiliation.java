package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member belongs to an organization from {@code validFrom} to {@code validTo}, both inclusive; a missing bound is
 * open. An activity counts for the organization its member belonged to on the day it happened. {@code note} says
 * what the affiliation rests on; one set aside by a member merge does not count until the merge is undone.
 */
@MappedEntity("affiliation")
public record Affiliation(@Id @GeneratedValue @Nullable Long id, Long memberId, Long organizationId,
                          @Nullable LocalDate validFrom, @Nullable LocalDate validTo, AffiliationOrigin origin,
                          Instant createdAt, @Nullable String note, @Nullable Long setAsideByMergeId) {

    /** A new affiliation that counts. */
    public static Affiliation create(long memberId, long organizationId, @Nullable LocalDate validFrom,
                                     @Nullable LocalDate validTo, AffiliationOrigin origin, Instant createdAt,
                                     @Nullable String note) {
        return new Affiliation(null, memberId, organizationId, validFrom, validTo, origin, createdAt, note, null);
    }

    /** Whether it counts for attribution (it was not set aside by a merge). */
    public boolean counts() {
        return setAsideByMergeId == null;
    }

    /** Whether two date ranges share at least one day; a missing bound is open. */
    public boolean overlaps(@Nullable LocalDate from, @Nullable LocalDate to) {
        return (validFrom == null || to == null || !to.isBefore(validFrom))
                && (validTo == null || from == null || !from.isAfter(validTo));
    }

    /** Whether the affiliation holds on that day. */
    public boolean holdsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
