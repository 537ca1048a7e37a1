package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import java.time.YearMonth;

/**
 * Which payments to list.
 *
 * @param organization the slug of the organization whose payers' payments to list, or {@code null} for all
 * @param unmatched only payments of payers matched to no organization and not marked as individuals
 * @param unconverted only payments without an amount in US dollars
 * @param month only payments made in that calendar month of the deployment's time zone, or {@code null}
 * @param limit at most this many, 1 to 1000
 * @param offset skipping this many, newest first
 */
public record PaymentFilter(@Nullable String organization, boolean unmatched, boolean unconverted,
                            @Nullable YearMonth month, int limit, int offset) {
}
