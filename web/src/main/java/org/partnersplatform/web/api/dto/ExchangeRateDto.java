package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.partnersplatform.core.payment.ExchangeRate;

/**
 * An administrator's exchange rate; {@code paymentsConverted} says, right after adding it, how many payments it
 * converted again.
 */
@Serdeable
public record ExchangeRateDto(long id, String currency, LocalDate validFrom, BigDecimal usdPerUnit, String source,
                              String createdBy, Instant createdAt, @Nullable Integer paymentsConverted) {

    public static ExchangeRateDto of(ExchangeRate rate, @Nullable Integer paymentsConverted) {
        return new ExchangeRateDto(rate.id(), rate.currency(), rate.validFrom(), rate.usdPerUnit(), rate.source(),
                rate.createdBy(), rate.createdAt(), paymentsConverted);
    }
}
