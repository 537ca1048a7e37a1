package org.partnersplatform.core.affiliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;

/**
 * Comma-separated values as RFC 4180 writes them: a field in double quotes may hold commas, line breaks and doubled
 * quotes; lines end in LF, CRLF or CR; a UTF-8 byte order mark is dropped. Small enough not to need a library.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * A record of the file.
     *
     * @param line the line it starts on, counting from 1
     */
    public record Record(int line, List<String> fields) {
    }

    /**
     * The records of a text; empty lines are skipped.
     *
     * @throws InvalidRequestException if a quoted field is not closed
     */
    public static List<Record> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean anyQuote = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 == csv.length() || csv.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                anyQuote = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                if (anyQuote || fields.size() > 1 || !fields.get(0).isEmpty()) {
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                anyQuote = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidRequestException("the CSV is malformed: the quoted field that starts on line "
                    + recordLine + " is not closed; nothing was read", Map.of("line " + recordLine,
                    "has a quoted field that is not closed"));
        }
        fields.add(field.toString());
        if (anyQuote || fields.size() > 1 || !fields.get(0).isEmpty()) {
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    /** One line of a file: fields joined by commas, quoted where they need it, ending in a line feed. */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = fields.get(i) == null ? "" : fields.get(i);
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                    || !value.equals(value.strip())) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        return out.append('\n').toString();
    }

    /**
     * A free-text value made safe to open in a spreadsheet: one starting with {@code = + - @} (a formula there) gets a
     * leading apostrophe. Use it only for columns an import ignores.
     */
    public static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
