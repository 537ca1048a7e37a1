package org.partnersplatform.core.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.finance.RecurringInterval;

/** What the boundary accepts of a payment, whoever reports it. */
class PaymentValidatorTest {

    private static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");
    private final PaymentValidator validator = new PaymentValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    private static PaymentRecord payment(String id, String amount, String currency, Instant paidAt, Payer payer) {
        return new PaymentRecord(id, payer, new BigDecimal(amount), Currency.getInstance(currency), paidAt,
                RecurringInterval.MONTHLY, "Gold");
    }

    private static PaymentRecord payment(String amount) {
        return payment("p-1", amount, "EUR", NOW, new Payer("acct-1", "Acme", "billing@acme.example",
                "https://acme.example"));
    }

    @Test
    void aPlainPaymentIsAccepted() {
        assertEquals(Optional.empty(), validator.problem(payment("100.1234")));
        assertEquals(Optional.empty(), validator.problem(payment("999999999999.9999")));
    }

    @Test
    void amountsWithTooManyDecimalsOrTooLargeAreRejected() {
        assertEquals(Optional.of("the amount 1.00001 has more than 4 decimals"),
                validator.problem(payment("1.00001")));
        assertEquals(Optional.of("the amount 1000000000000 is not below 10^12"),
                validator.problem(payment("1000000000000")));
    }

    @Test
    void idsDatesCurrenciesAndPayerFieldsAreChecked() {
        Payer payer = new Payer("acct-1", "Acme", null, null);
        assertEquals(Optional.of("the payment id must be 1 to 255 printable characters"),
                validator.problem(payment("a\tb", "1", "USD", NOW, payer)));
        assertEquals(Optional.of("the payment id must be 1 to 255 printable characters"),
                validator.problem(payment("x".repeat(256), "1", "USD", NOW, payer)));
        assertTrue(validator.problem(payment("p", "1", "USD", Instant.parse("1999-12-31T23:59:59Z"), payer))
                .orElseThrow().contains("implausible"));
        assertTrue(validator.problem(payment("p", "1", "USD", NOW.plusSeconds(2 * 86_400), payer))
                .orElseThrow().contains("implausible"));
        assertEquals(Optional.empty(), validator.problem(payment("p", "1", "USD", NOW.plusSeconds(3600), payer)));
        assertEquals(Optional.of("the currency XAU is not a currency payments are made in"),
                validator.problem(payment("p", "1", "XAU", NOW, payer)));
        assertEquals(Optional.of("the payer's website ftp://acme.example is not an http or https URL"),
                validator.problem(payment("p", "1", "USD", NOW, new Payer("a", "Acme", null,
                        "ftp://acme.example"))));
        assertEquals(Optional.of("the payer's email \"acme\" is not an email address"),
                validator.problem(payment("p", "1", "USD", NOW, new Payer("a", "Acme", "acme", null))));
        assertEquals(Optional.of("a field of the payer is too long (name 255, email 320, website 1000 characters)"),
                validator.problem(payment("p", "1", "USD", NOW, new Payer("a", "n".repeat(256), null, null))));
    }
}
