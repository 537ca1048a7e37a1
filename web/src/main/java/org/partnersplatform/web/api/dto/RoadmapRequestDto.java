package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.partnersplatform.core.roadmap.RoadmapRequest;

/** A stored feature request; {@code year} is the calendar year it counts in. */
@Serdeable
public record RoadmapRequestDto(long id, String title, String description, boolean funded,
                                @Nullable BigDecimal amount, @Nullable String currency, String submittedBy,
                                Instant submittedAt, int year) {

    public static RoadmapRequestDto of(RoadmapRequest request) {
        return new RoadmapRequestDto(request.id(), request.title(), request.description(), request.funded(),
                request.amount() == null ? null : request.amount().setScale(2, RoundingMode.HALF_UP), request.currency(),
                request.submittedBy(), request.submittedAt(), request.calendarYear());
    }
}
