package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.partnersplatform.core.payment.ExchangeRateCommand;

/** A rate to add: the currency, the first day (YYYY-MM-DD), US dollars per unit, and where it comes from. */
@Serdeable
public record ExchangeRateRequest(@Nullable String currency, @Nullable String validFrom,
                                  @Nullable BigDecimal usdPerUnit, @Nullable String source) {

    public ExchangeRateCommand toCommand() {
        return new ExchangeRateCommand(currency, validFrom, usdPerUnit == null ? null : usdPerUnit.toPlainString(),
                source);
    }
}
