package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * An amount in US dollars and where its rate came from.
 *
 * @param usdAmount the amount in US dollars, or {@code null} when no rate was found
 * @param usdRate US dollars per unit of the currency, or {@code null} when no rate was found
 * @param basis where the rate came from, or that none was found
 */
public record Conversion(@Nullable BigDecimal usdAmount, @Nullable BigDecimal usdRate, String basis) {

    public boolean converted() {
        return usdAmount != null;
    }
}
