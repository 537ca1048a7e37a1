package org.partnersplatform.core.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnersplatform.api.finance.RecurringInterval;
import org.partnersplatform.core.identity.EmailDomains;
import org.partnersplatform.core.organization.OrganizationNames;

/**
 * Reads the fields of a payment an administrator types or imports, collecting a message per bad field instead of
 * failing on the first.
 */
final class PaymentFields {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,13}(\\.\\d{1,20})?");

    private PaymentFields() {
    }

    /** A positive decimal with at most 4 decimals, below 10^12, written with a dot. */
    static BigDecimal amount(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, "is required: a positive amount such as 100 or 99.50");
            return null;
        }
        if (!DECIMAL.matcher(text.strip()).matches()) {
            problems.put(field, "\"" + text.strip() + "\" is not an amount such as 100 or 99.50");
            return null;
        }
        BigDecimal amount = new BigDecimal(text.strip());
        PaymentValidator.amountProblem(amount).ifPresent(problem -> problems.put(field, problem));
        return problems.containsKey(field) ? null : amount;
    }

    /** An ISO 4217 currency code of a currency payments are made in. */
    static Currency currency(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, "is required: an ISO 4217 code such as USD or EUR");
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (CODE.matcher(code).matches()) {
            try {
                Currency currency = Currency.getInstance(code);
                if (currency.getDefaultFractionDigits() >= 0) {
                    return currency;
                }
            } catch (IllegalArgumentException e) {
                problems.put(field, "\"" + text.strip() + "\" is not an ISO 4217 currency code");
                return null;
            }
        }
        problems.put(field, "\"" + text.strip() + "\" is not an ISO 4217 currency code");
        return null;
    }

    /** A day written YYYY-MM-DD. */
    static LocalDate day(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, "is required: a day written YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "\"" + text.strip() + "\" is not a day written YYYY-MM-DD");
            return null;
        }
    }

    /** {@code one_time} (also when blank), {@code monthly} or {@code yearly}. */
    static RecurringInterval recurrence(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return RecurringInterval.ONE_TIME;
        }
        try {
            return RecurringInterval.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put(field, "\"" + text.strip() + "\" is not one of one_time, monthly, yearly");
            return null;
        }
    }

    /** A field of at most {@code max} characters, or {@code null} when blank. */
    static String text(String text, int max, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            problems.put(field, "is at most " + max + " characters");
            return null;
        }
        return text.strip();
    }

    /**
     * The account a typed or imported payer is kept under: the lower-cased email when there is one, else the
     * normalised name, so that the same payer in two files or forms is one payer.
     */
    static String payerAccount(String name, String email) {
        String normalisedEmail = EmailDomains.normalise(email);
        return normalisedEmail != null ? normalisedEmail
                : "name:" + OrganizationNames.normalise(name == null ? "" : name);
    }
}
