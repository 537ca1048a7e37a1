package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member belongs to an organization from {@code validFrom} to {@code validTo}, both inclusive; a missing bound is
 * open. An activity counts for the organization its member belonged to on the day it happened.
 */
@MappedEntity("affiliation")
public record Affiliation(@Id @GeneratedValue @Nullable Long id, Long memberId, Long organizationId,
                          @Nullable LocalDate validFrom, @Nullable LocalDate validTo, AffiliationOrigin origin,
                          Instant createdAt) {

    /** Whether the affiliation holds on that day. */
    public boolean holdsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
