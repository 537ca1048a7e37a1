package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An administrator's rate for a currency, valid from a day until the next rate of that currency. */
@MappedEntity("exchange_rate")
public record ExchangeRate(@Id @GeneratedValue @Nullable Long id, String currency, LocalDate validFrom,
                           BigDecimal usdPerUnit, String source, String createdBy, Instant createdAt) {
}
