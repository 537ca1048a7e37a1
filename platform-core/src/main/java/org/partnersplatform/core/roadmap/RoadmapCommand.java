package org.partnersplatform.core.roadmap;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;

/**
 * A feature request as submitted: a title, a description, and whether it is funded; a funded request names a positive
 * amount (at most two decimals) and its ISO 4217 currency, an unfunded one neither.
 */
public record RoadmapCommand(@Nullable String title, @Nullable String description, @Nullable Boolean funded,
                             @Nullable String amount, @Nullable String currency) {

    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 5000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    /** The validated request. */
    record Valid(String title, String description, boolean funded, @Nullable BigDecimal amount,
                 @Nullable String currency) {
    }

    /**
     * The command trimmed and checked.
     *
     * @throws InvalidRequestException naming each field that is wrong
     */
    Valid validated() {
        Map<String, String> problems = new LinkedHashMap<>();
        String validTitle = blankToNull(title);
        if (validTitle == null || validTitle.length() > MAX_TITLE) {
            problems.put("title", "is required, at most " + MAX_TITLE + " characters");
        }
        String validDescription = blankToNull(description);
        if (validDescription == null || validDescription.length() > MAX_DESCRIPTION) {
            problems.put("description", "is required, at most " + MAX_DESCRIPTION + " characters");
        }
        if (funded == null) {
            problems.put("funded", "is true (with an amount and currency) or false");
        }
        BigDecimal validAmount = null;
        String validCurrency = null;
        if (Boolean.TRUE.equals(funded)) {
            validAmount = amount(blankToNull(amount), problems);
            validCurrency = currency(blankToNull(currency), problems);
        } else if (Boolean.FALSE.equals(funded) && (blankToNull(amount) != null || blankToNull(currency) != null)) {
            problems.put("amount", "is given only for a funded request");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the roadmap request is not valid", problems);
        }
        return new Valid(validTitle, validDescription, funded, validAmount, validCurrency);
    }

    private static BigDecimal amount(@Nullable String value, Map<String, String> problems) {
        try {
            BigDecimal parsed = value == null ? null : new BigDecimal(value);
            if (parsed != null && parsed.signum() > 0 && parsed.compareTo(MAX_AMOUNT) < 0
                    && parsed.stripTrailingZeros().scale() <= 2) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, like a missing amount
        }
        problems.put("amount", "is a positive amount with at most two decimals, such as 1500 or 99.50");
        return null;
    }

    private static String currency(@Nullable String value, Map<String, String> problems) {
        String code = value == null ? "" : value.toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3) {
                return Currency.getInstance(code).getCurrencyCode();
            }
        } catch (IllegalArgumentException e) {
            // reported below, like a missing currency
        }
        problems.put("currency", "is an ISO 4217 currency code such as EUR or USD");
        return null;
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
