package org.partnersplatform.core.leaderboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersplatform.core.InvalidRequestException;

/**
 * A calendar period rankings and reports cover: a month, a quarter or a year, in the deployment's time zone.
 *
 * @param first the first month of the period
 * @param length how many months it spans: 1, 3 or 12
 */
public record Period(YearMonth first, int length) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int FIRST_YEAR = 1990;

    public Period {
        if (length != 1 && length != 3 && length != 12) {
            throw new IllegalArgumentException("a period is 1, 3 or 12 months, not " + length);
        }
        if ((first.getMonthValue() - 1) % length != 0) {
            throw new IllegalArgumentException(first + " does not start a period of " + length + " months");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month, 1);
    }

    /** Quarter {@code q} (1 to 4) of a year. */
    public static Period quarter(int year, int q) {
        return new Period(YearMonth.of(year, (q - 1) * 3 + 1), 3);
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), 12);
    }

    /**
     * Reads a period from request parameters: {@code month=YYYY-MM}, {@code quarter=YYYY-Qn} or {@code year=YYYY}, at
     * most one of them; none means {@code fallback}. A period that has not started by {@code current} is refused.
     */
    public static Period parse(String month, String quarter, String year, YearMonth current, Period fallback) {
        List<String> given = new ArrayList<>();
        if (present(month)) {
            given.add("month");
        }
        if (present(quarter)) {
            given.add("quarter");
        }
        if (present(year)) {
            given.add("year");
        }
        if (given.size() > 1) {
            throw new InvalidRequestException("give one of month, quarter or year, not " + String.join(" and ", given),
                    Map.of(given.get(1), "cannot be combined with " + given.get(0)));
        }
        Period period = given.isEmpty() ? fallback
                : present(month) ? month(parseMonth(month.strip()))
                : present(quarter) ? parseQuarter(quarter.strip())
                : year(parseYear(year.strip()));
        if (period.first().getYear() < FIRST_YEAR || period.first().isAfter(current)) {
            throw new InvalidRequestException("the period is out of range",
                    Map.of(given.isEmpty() ? "month" : given.get(0), "is between " + FIRST_YEAR
                            + " and the current period"));
        }
        return period;
    }

    /** The last month of the period. */
    public YearMonth last() {
        return first.plusMonths(length - 1L);
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    /** The period of the same length just before this one. */
    public Period previous() {
        return new Period(first.minusMonths(length), length);
    }

    /** Whether {@code month} falls in the period. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last());
    }

    /** {@code 2026-10}, {@code 2026-Q4} or {@code 2026}: the form {@link #parse} reads. */
    public String label() {
        return switch (length) {
            case 1 -> first.toString();
            case 3 -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            default -> Integer.toString(first.getYear());
        };
    }

    @Override
    public String toString() {
        return label();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("the month is not valid", Map.of("month", "is YYYY-MM, e.g. 2026-10"));
        }
    }

    private static Period parseQuarter(String text) {
        Matcher matcher = QUARTER.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidRequestException("the quarter is not valid",
                    Map.of("quarter", "is YYYY-Qn with n from 1 to 4, e.g. 2026-Q3"));
        }
        return quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    private static int parseYear(String text) {
        if (!text.matches("\\d{4}")) {
            throw new InvalidRequestException("the year is not valid", Map.of("year", "is YYYY, e.g. 2026"));
        }
        return Integer.parseInt(text);
    }
}
