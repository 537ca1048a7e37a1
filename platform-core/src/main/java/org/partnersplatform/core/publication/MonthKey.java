package org.partnersplatform.core.publication;

import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnersplatform.core.InvalidRequestException;

/** Reads the {@code YYYY-MM} that names a month in paths and forms. */
public final class MonthKey {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");
    private static final int FIRST_YEAR = 1990;

    private MonthKey() {
    }

    /** The month, or a 400 that says how to write one. */
    public static YearMonth parse(String value) {
        String text = value == null ? "" : value.strip();
        if (SHAPE.matcher(text).matches()) {
            int year = Integer.parseInt(text.substring(0, 4));
            int month = Integer.parseInt(text.substring(5));
            if (year >= FIRST_YEAR && month >= 1 && month <= 12) {
                return YearMonth.of(year, month);
            }
        }
        throw new InvalidRequestException("the month \"" + text + "\" is not valid",
                Map.of("month", "is YYYY-MM from " + FIRST_YEAR + "-01, e.g. 2026-10"));
    }
}
