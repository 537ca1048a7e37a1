package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.partnersplatform.core.finance.ImportSummary;

/** What an index upload stored: its data-set label, edition dates (oldest first), countries and price rows. */
@Serdeable
public record ImportSummaryDto(String dataSet, List<String> editions, List<String> countries, int prices) {

    public static ImportSummaryDto of(ImportSummary summary) {
        return new ImportSummaryDto(summary.dataSet(), summary.editions().stream().map(LocalDate::toString).toList(),
                summary.countries(), summary.prices());
    }
}
