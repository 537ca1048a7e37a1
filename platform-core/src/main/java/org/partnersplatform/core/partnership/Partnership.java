package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an organization stands as a partner: one row per organization that was ever approved.
 *
 * @param since       the day it reached its status
 * @param tier        the tier's id, or {@code null} when it meets none
 * @param monthsBelow consecutive evaluated months below the practical minimum
 * @param lastMonth   the last month the lifecycle evaluated (YYYY-MM); evaluation goes on from the month after it
 */
@MappedEntity("partnership")
public record Partnership(@Id @GeneratedValue @Nullable Long id, Long organizationId, PartnerStatus status,
                          LocalDate since, @Nullable String tier, int monthsBelow, @Nullable String lastMonth,
                          String policyVersion, Instant updatedAt) {
}
