package org.partnersplatform.api.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * One payment as a finance source reports it, unique by (installation, {@code paymentId}) like an activity.
 *
 * @param paymentId the source's own stable id of the payment
 * @param payer who paid
 * @param amount the amount, positive, in {@code currency}; never a floating-point value
 * @param currency the ISO 4217 currency
 * @param paidAt when the payment was made
 * @param interval whether it recurs, and how often
 * @param tier the tier or plan the source names, or {@code null}
 */
public record PaymentRecord(String paymentId, Payer payer, BigDecimal amount, Currency currency, Instant paidAt,
                            RecurringInterval interval, String tier) {

    public PaymentRecord {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a payment amount is positive: " + paymentId);
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(interval, "interval");
    }
}
