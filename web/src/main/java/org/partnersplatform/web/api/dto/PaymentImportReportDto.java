package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.payment.PaymentImportReport;
import org.partnersplatform.core.payment.PaymentImportRow;

/** What a payment import did, or would do in a dry run: a count per outcome and each row with its outcome. */
@Serdeable
public record PaymentImportReportDto(boolean applied, Map<String, Integer> counts, List<Row> rows) {

    /** One row of the file. */
    @Serdeable
    public record Row(int line, Map<String, String> values, String outcome, String message) {
    }

    public static PaymentImportReportDto of(PaymentImportReport report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.counts().forEach((outcome, count) -> counts.put(outcome.name(), count));
        return new PaymentImportReportDto(report.applied(), counts, report.rows().stream()
                .map(PaymentImportReportDto::row).toList());
    }

    private static Row row(PaymentImportRow row) {
        return new Row(row.line(), row.values(), row.outcome().name(), row.message());
    }
}
