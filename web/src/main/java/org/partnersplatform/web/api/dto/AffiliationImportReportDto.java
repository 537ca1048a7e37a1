package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.affiliation.ImportReport;
import org.partnersplatform.core.affiliation.ImportRow;

/**
 * What a CSV import (of affiliations or of organization domains) did, or would do in a dry run: a count per outcome
 * and each row with its values, outcome and message.
 */
@Serdeable
public record AffiliationImportReportDto(boolean applied, Map<String, Integer> counts, List<Row> rows) {

    /** One row of the file. */
    @Serdeable
    public record Row(int line, Map<String, String> values, String outcome, String message) {
    }

    public static AffiliationImportReportDto of(ImportReport report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.counts().forEach((outcome, count) -> counts.put(outcome.name(), count));
        return new AffiliationImportReportDto(report.applied(), counts, report.rows().stream()
                .map(AffiliationImportReportDto::row).toList());
    }

    private static Row row(ImportRow row) {
        return new Row(row.line(), row.values(), row.outcome().name(), row.message());
    }
}
