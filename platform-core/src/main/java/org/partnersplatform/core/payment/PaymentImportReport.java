package org.partnersplatform.core.payment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a payment import did (or, in a dry run, would do), row by row, with a count per outcome (every outcome
 * listed, zero or not).
 *
 * @param applied false for a dry run, which changes nothing
 */
public record PaymentImportReport(boolean applied, Map<PaymentImportOutcome, Integer> counts,
                                  List<PaymentImportRow> rows) {

    public PaymentImportReport {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        rows = List.copyOf(rows);
    }

    static PaymentImportReport of(boolean applied, List<PaymentImportRow> rows) {
        Map<PaymentImportOutcome, Integer> counts = new EnumMap<>(PaymentImportOutcome.class);
        for (PaymentImportOutcome outcome : PaymentImportOutcome.values()) {
            counts.put(outcome, 0);
        }
        rows.forEach(row -> counts.merge(row.outcome(), 1, Integer::sum));
        return new PaymentImportReport(applied, counts, rows);
    }
}
