package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import org.partnersplatform.api.finance.RecurringInterval;

/**
 * A payment as it is listed, with its payer's name and the organization the payer is matched to.
 *
 * @param usdAmount the amount in US dollars, or {@code null} while no rate is known
 * @param rateBasis where the rate came from, or that none was found
 */
public record PaymentView(long id, String origin, String paymentKey, @Nullable Long installationId, long payerId,
                          @Nullable String payerName, @Nullable String organizationSlug,
                          @Nullable String organizationName, BigDecimal amount, String currency,
                          @Nullable BigDecimal usdAmount, @Nullable BigDecimal usdRate, @Nullable String rateBasis,
                          Instant paidAt, RecurringInterval recurrence, @Nullable String tier, @Nullable String note,
                          @Nullable String enteredBy) {
}
