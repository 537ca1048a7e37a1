package org.partnersplatform.core.roadmap;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A feature request a partner submitted, funded (with an amount in a currency) or not.
 *
 * @param calendarYear the calendar year (deployment time zone) it counts against the policy's yearly limit
 */
@MappedEntity("roadmap_request")
public record RoadmapRequest(@Id @GeneratedValue @Nullable Long id, Long organizationId, String title,
                             String description, boolean funded, @Nullable BigDecimal amount,
                             @Nullable String currency, String submittedBy, Instant submittedAt, int calendarYear) {
}
