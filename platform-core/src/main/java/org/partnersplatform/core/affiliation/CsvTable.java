package org.partnersplatform.core.affiliation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;

/**
 * An uploaded CSV file with a header line, read by column name: the required columns must be there, in any order,
 * optional ones may be; other columns (a name, a comment) are ignored. Files are limited to 1,000,000 characters and
 * 10,000 rows, so an import stays one reviewable transaction; split bigger ones.
 */
public final class CsvTable {

    static final int MAX_CHARS = 1_000_000;
    static final int MAX_ROWS = 10_000;

    /** A data row: the values of the required and optional columns, stripped ({@code ""} when missing). */
    public record Row(int line, Map<String, String> values) {
    }

    private CsvTable() {
    }

    /**
     * The data rows of a file.
     *
     * @throws InvalidRequestException if the file is empty, too big, malformed or lacks a required column
     */
    public static List<Row> read(String text, List<String> required, List<String> optional) {
        String expected = "expected the columns " + String.join(",", required)
                + (optional.isEmpty() ? "" : " (and optionally " + String.join(",", optional) + ")");
        if (text == null || text.isBlank()) {
            throw refuse("the file is empty; " + expected);
        }
        if (text.length() > MAX_CHARS) {
            throw refuse("the file has more than " + MAX_CHARS + " characters; split it into smaller files");
        }
        List<Csv.Record> records = Csv.parse(text);
        if (records.size() - 1 > MAX_ROWS) {
            throw refuse("the file has more than " + MAX_ROWS + " rows; split it into smaller files");
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(column -> !index.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw refuse("the header line lacks the column(s) " + String.join(", ", missing) + "; " + expected);
        }
        List<String> columns = new ArrayList<>(required);
        columns.addAll(optional);
        return records.subList(1, records.size()).stream().map(record -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : columns) {
                Integer at = index.get(column);
                values.put(column, at != null && at < record.fields().size() ? record.fields().get(at).strip() : "");
            }
            return new Row(record.line(), values);
        }).toList();
    }

    private static InvalidRequestException refuse(String message) {
        return new InvalidRequestException(message + "; nothing was imported", Map.of("file", message));
    }
}
