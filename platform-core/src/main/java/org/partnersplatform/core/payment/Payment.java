package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import org.partnersplatform.api.finance.RecurringInterval;

/**
 * One payment, unique by (origin, payment key). {@code usdAmount} and {@code usdRate} (US dollars per unit of the
 * currency) are null while no rate is known; {@code rateBasis} always says where the rate came from, or that none was
 * found.
 */
@MappedEntity("payment")
public record Payment(@Id @GeneratedValue @Nullable Long id, String origin, String paymentKey,
                      @Nullable Long installationId, Long payerId, BigDecimal amount, String currency,
                      @Nullable BigDecimal usdAmount, @Nullable BigDecimal usdRate, @Nullable String rateBasis,
                      Instant paidAt, RecurringInterval recurrence, @Nullable String tier, @Nullable String note,
                      @Nullable String enteredBy, Instant createdAt, Instant updatedAt) {

    /** The same payment converted anew. */
    Payment withConversion(Conversion conversion, Instant now) {
        return new Payment(id, origin, paymentKey, installationId, payerId, amount, currency, conversion.usdAmount(),
                conversion.usdRate(), conversion.basis(), paidAt, recurrence, tier, note, enteredBy, createdAt, now);
    }
}
