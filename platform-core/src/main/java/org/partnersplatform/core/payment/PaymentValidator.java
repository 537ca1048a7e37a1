package org.partnersplatform.core.payment;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;

/**
 * Checks a payment before anything is stored, whoever reported it (a finance plugin, a CSV row, a form): the id, the
 * amount, the currency, the day and the payer's fields. The answer is a reason an administrator can read.
 */
@Singleton
public class PaymentValidator {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);
    static final int MAX_SCALE = 4;
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Clock clock;

    public PaymentValidator(Clock clock) {
        this.clock = clock;
    }

    /** Why the payment cannot be stored, or empty when it can. */
    public Optional<String> problem(PaymentRecord record) {
        if (!printable(record.paymentId(), 255)) {
            return Optional.of("the payment id must be 1 to 255 printable characters");
        }
        return amountProblem(record.amount())
                .or(() -> record.currency().getDefaultFractionDigits() < 0
                        ? Optional.of("the currency " + record.currency().getCurrencyCode()
                                + " is not a currency payments are made in")
                        : Optional.empty())
                .or(() -> dayProblem(record.paidAt()))
                .or(() -> payerProblem(record.payer()))
                .or(() -> record.tier() != null && record.tier().length() > 255
                        ? Optional.of("the tier is longer than 255 characters")
                        : Optional.empty());
    }

    /** Why an amount cannot be stored: not positive, more than 4 decimals, or not below 10^12. */
    static Optional<String> amountProblem(BigDecimal amount) {
        if (amount.signum() <= 0) {
            return Optional.of("the amount " + amount.toPlainString() + " is not positive");
        }
        if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
            return Optional.of("the amount " + amount.toPlainString() + " has more than " + MAX_SCALE + " decimals");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            return Optional.of("the amount " + amount.toPlainString() + " is not below 10^12");
        }
        return Optional.empty();
    }

    private Optional<String> dayProblem(Instant paidAt) {
        if (paidAt.isBefore(EARLIEST) || paidAt.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            return Optional.of("the payment date " + paidAt + " is implausible (before 2000 or in the future)");
        }
        return Optional.empty();
    }

    private static Optional<String> payerProblem(Payer payer) {
        if (!printable(payer.sourceAccountId(), 255)) {
            return Optional.of("the payer's account id must be 1 to 255 printable characters");
        }
        if (tooLong(payer.name(), 255) || tooLong(payer.email(), 320) || tooLong(payer.website(), 1000)) {
            return Optional.of("a field of the payer is too long (name 255, email 320, website 1000 characters)");
        }
        if (payer.email() != null && !payer.email().isBlank() && !payer.email().contains("@")) {
            return Optional.of("the payer's email \"" + payer.email() + "\" is not an email address");
        }
        return websiteProblem(payer.website());
    }

    /** Why a website cannot be stored: it is not an http(s) URL with a host. */
    static Optional<String> websiteProblem(String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(website.strip());
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                return Optional.of("the payer's website " + website + " is not an http or https URL");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("the payer's website " + website + " is malformed");
        }
    }

    private static boolean printable(String value, int max) {
        return !value.isBlank() && value.length() <= max && !CONTROL.matcher(value).find();
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }
}
