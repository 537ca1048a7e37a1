package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reading and describing the dates of an affiliation; either bound may be open. */
public final class DateRanges {

    private DateRanges() {
    }

    /**
     * A date given as {@code YYYY-MM-DD}, or {@code null} when blank; a problem is added under {@code field} when it is
     * not a date.
     */
    public static LocalDate date(@Nullable String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "\"" + value.strip() + "\" is not a date YYYY-MM-DD");
            return null;
        }
    }

    /** Adds a problem under {@code to} when the range ends before it starts. */
    public static void ordered(@Nullable LocalDate from, @Nullable LocalDate to, Map<String, String> problems) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("to", "is on or after from (" + from + ")");
        }
    }

    /** "from 2024-01-01 to 2024-06-30", "from 2024-01-01 on", "until 2024-06-30", or "with no dates". */
    public static String describe(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return "with no dates";
        }
        if (from == null) {
            return "until " + to;
        }
        return to == null ? "from " + from + " on" : "from " + from + " to " + to;
    }
}
