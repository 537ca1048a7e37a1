package org.partnersplatform.web.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.time.DeploymentTime;

/** Reads a {@code month=YYYY-MM} parameter; without one, the last full month. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String month, DeploymentTime time) {
        if (month == null || month.isBlank()) {
            return time.currentMonth().minusMonths(1);
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            if (parsed.getYear() < 1990 || parsed.isAfter(time.currentMonth())) {
                throw new InvalidRequestException("the month is out of range",
                        Map.of("month", "is between 1990-01 and the current month"));
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("the month is not valid", Map.of("month", "is YYYY-MM, e.g. 2026-10"));
        }
    }
}
