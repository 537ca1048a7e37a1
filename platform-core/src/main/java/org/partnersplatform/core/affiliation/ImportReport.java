package org.partnersplatform.core.affiliation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did (or, in a dry run, would do), row by row, with a count per outcome (every outcome listed, zero
 * or not).
 *
 * @param applied false for a dry run, which changes nothing
 */
public record ImportReport(boolean applied, Map<ImportOutcome, Integer> counts, List<ImportRow> rows) {

    public ImportReport {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        rows = List.copyOf(rows);
    }

    static ImportReport of(boolean applied, List<ImportRow> rows) {
        Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
        for (ImportOutcome outcome : ImportOutcome.values()) {
            counts.put(outcome, 0);
        }
        rows.forEach(row -> counts.merge(row.outcome(), 1, Integer::sum));
        return new ImportReport(applied, counts, rows);
    }
}
