package org.partnersplatform.core.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnersplatform.core.InvalidRequestException;

/**
 * Reads The Economist's Big Mac index CSV ({@code big-mac-full-index.csv} and files of the same shape). Columns are
 * found by their header name, so added or reordered columns do not matter. Numbers are read as {@link BigDecimal},
 * never as floating point. The first problem found refuses the whole file, naming its line and column.
 */
public final class BigMacIndexCsv {

    static final List<String> REQUIRED = List.of("date", "iso_a3", "currency_code", "name", "local_price",
            "dollar_ex", "dollar_price");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final int MAX_SCALE = 15;
    private static final int MAX_INTEGER_DIGITS = 15;

    private BigMacIndexCsv() {
    }

    /** One country in one edition, as the file gives it. */
    public record Row(int line, LocalDate date, String isoA3, String currencyCode, String name, BigDecimal localPrice,
                      BigDecimal dollarEx, BigDecimal dollarPrice) {
    }

    /**
     * Parses a whole file (UTF-8, a header line, then one line per country and edition; lines may end in LF, CRLF or
     * CR).
     *
     * @throws InvalidRequestException naming the first bad line and column; nothing of the file should be used then
     */
    public static List<Row> parse(InputStream csv) {
        String text;
        try {
            text = new String(csv.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Big Mac index file", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw refuse(1, "header", "the file is empty; expected a header line with " + String.join(",", REQUIRED));
        }
        List<String> header = fields(lines.get(0), 1);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(name -> !index.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw refuse(1, "header", "the header lacks the column(s) " + String.join(", ", missing));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> values = fields(lines.get(i), line);
            if (values.size() != header.size()) {
                throw refuse(line, "line", "has " + values.size() + " fields where the header has " + header.size());
            }
            Row row = new Row(line, date(values.get(index.get("date")), line),
                    code(values.get(index.get("iso_a3")), line, "iso_a3"),
                    code(values.get(index.get("currency_code")), line, "currency_code"),
                    name(values.get(index.get("name")), line),
                    positive(values.get(index.get("local_price")), line, "local_price"),
                    positive(values.get(index.get("dollar_ex")), line, "dollar_ex"),
                    positive(values.get(index.get("dollar_price")), line, "dollar_price"));
            if (!seen.add(row.date() + " " + row.isoA3())) {
                throw refuse(line, "iso_a3", row.isoA3() + " appears twice in the edition " + row.date());
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw refuse(2, "line", "the file has a header but no data");
        }
        return List.copyOf(rows);
    }

    private static LocalDate date(String value, int line) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw refuse(line, "date", "\"" + value + "\" is not a date YYYY-MM-DD");
        }
    }

    private static String code(String value, int line, String column) {
        String code = value.strip();
        if (!CODE.matcher(code).matches()) {
            throw refuse(line, column, "\"" + value + "\" is not a three-letter upper-case code");
        }
        return code;
    }

    private static String name(String value, int line) {
        String name = value.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw refuse(line, "name", "the country name is empty or longer than 200 characters");
        }
        return name;
    }

    private static BigDecimal positive(String value, int line, String column) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw refuse(line, column, "\"" + value + "\" is not a number");
        }
        if (number.signum() <= 0) {
            throw refuse(line, column, value + " is not above zero");
        }
        if (number.scale() > MAX_SCALE || number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw refuse(line, column, value + " has more than " + MAX_INTEGER_DIGITS + " digits before or "
                    + MAX_SCALE + " after the decimal point");
        }
        return number;
    }

    /** Splits one line on commas; a field in double quotes may hold commas and doubled quotes. */
    private static List<String> fields(String line, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw refuse(number, "line", "a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    private static InvalidRequestException refuse(int line, String column, String what) {
        String where = "line " + line + (column.equals("line") || column.equals("header") ? "" : ", column " + column);
        return new InvalidRequestException("the Big Mac index file is malformed at " + where + ": " + what
                + "; nothing was imported", Map.of(where, what));
    }
}
