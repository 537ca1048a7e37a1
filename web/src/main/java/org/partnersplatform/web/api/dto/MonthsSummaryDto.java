package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.publication.PublishedMonthSummary;

/** A published month: its latest revision number, when it was first published and when last revised. */
@Serdeable
public record MonthsSummaryDto(String month, int latestRevision, Instant publishedAt, Instant revisedAt) {

    public static MonthsSummaryDto of(PublishedMonthSummary summary) {
        return new MonthsSummaryDto(summary.month().toString(), summary.latestRevision(), summary.publishedAt(),
                summary.revisedAt());
    }
}
