package org.partnersplatform.core.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;

/**
 * Consecutive calendar months, first to last. A criterion's window is the N full months before the day decided: for
 * 2026-11-23 and N = 3, August, September and October 2026.
 */
public record MonthWindow(YearMonth first, YearMonth last) {

    public MonthWindow {
        if (first == null || last == null || last.isBefore(first)) {
            throw new InvalidRequestException("the months are not valid",
                    Map.of("to", "is the same month as from (" + first + ") or later"));
        }
    }

    /** The {@code months} full calendar months before the day. */
    public static MonthWindow before(LocalDate day, int months) {
        YearMonth current = YearMonth.from(day);
        return new MonthWindow(current.minusMonths(months), current.minusMonths(1));
    }

    /** Every month from first to last. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * The first day whose window of {@code months} full months no longer holds {@code month}: the earliest day a
     * criterion that failed in that month can pass, if every month from the current one on meets it.
     */
    public static LocalDate firstDayWithout(YearMonth month, int months) {
        return month.plusMonths(months + 1L).atDay(1);
    }

    /** Whether the month lies in the window. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }
}
