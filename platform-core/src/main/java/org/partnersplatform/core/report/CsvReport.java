package org.partnersplatform.core.report;

import java.util.List;

/**
 * Writes a report's ranked entries as CSV (RFC 4180: comma separated, CRLF line ends, a field with a comma, a quote
 * or a line break quoted, quotes doubled), one row per entry with the name of its section, after a header row.
 */
public final class CsvReport {

    private static final String HEADER = "section,rank,name,slug,score,contributions,conversations,rank_change,"
            + "score_change";

    private CsvReport() {
    }

    /** The rows of every ranked section of a monthly, quarterly or annual report. */
    public static String of(Report report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (RankedSection section : report.sections()) {
            section.entries().forEach(e -> row(out, section.key(), e));
        }
        return out.toString();
    }

    /** The rows of an organization's quarterly report: its contributors, under the section {@code contributors}. */
    public static String of(OrganizationReport report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        report.contributors().forEach(e -> row(out, "contributors", e));
        return out.toString();
    }

    private static void row(StringBuilder out, String section, RankedEntry entry) {
        List<String> fields = List.of(section, Integer.toString(entry.rank()), entry.name(), entry.slug(),
                entry.score().toPlainString(), Long.toString(entry.contributions()),
                Long.toString(entry.conversations()),
                entry.rankChange() == null ? "" : Integer.toString(entry.rankChange()),
                entry.scoreChange().toPlainString());
        out.append(String.join(",", fields.stream().map(CsvReport::field).toList())).append("\r\n");
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
