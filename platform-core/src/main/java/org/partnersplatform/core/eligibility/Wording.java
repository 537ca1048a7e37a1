package org.partnersplatform.core.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** How the criteria's sentences name months, amounts and lists, in English. */
final class Wording {

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Wording() {
    }

    /** "Aug 2026". */
    static String month(YearMonth month) {
        return SHORT_MONTH.format(month);
    }

    /**
     * "September" when the window holds no two months of the same name (so the name alone is clear), else
     * "Sep 2026".
     */
    static String monthIn(YearMonth month, MonthWindow window) {
        return window.months().size() <= 12 ? month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : month(month);
    }

    /** "USD 60.00". */
    static String usd(BigDecimal amount) {
        return "USD " + cents(amount);
    }

    /** "60.00". */
    static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "a", "a and b", "a, b and c". */
    static <T> String list(List<T> items, Function<T, String> name) {
        List<String> names = items.stream().map(name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "is" for one, "are" for more. */
    static String is(List<?> items) {
        return items.size() == 1 ? "is" : "are";
    }

    /** "1 payment", "2 payments". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
