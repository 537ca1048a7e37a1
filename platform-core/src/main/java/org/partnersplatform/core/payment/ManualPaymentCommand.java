package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;

/**
 * A payment an administrator enters by hand, as typed.
 *
 * @param payer the payer's name (required)
 * @param amount a positive decimal with a dot, at most 4 decimals
 * @param currency an ISO 4217 code
 * @param paidOn the day, YYYY-MM-DD
 * @param recurrence {@code one_time} (default), {@code monthly} or {@code yearly}
 * @param organization the slug or alias of the payer's organization, or {@code null} to leave it to the rules
 */
public record ManualPaymentCommand(@Nullable String payer, @Nullable String payerEmail,
                                   @Nullable String payerWebsite, @Nullable String amount, @Nullable String currency,
                                   @Nullable String paidOn, @Nullable String recurrence, @Nullable String tier,
                                   @Nullable String organization, @Nullable String note) {
}
