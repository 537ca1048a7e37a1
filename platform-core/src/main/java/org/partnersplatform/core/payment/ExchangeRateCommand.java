package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;

/**
 * An exchange rate an administrator enters, as typed.
 *
 * @param currency an ISO 4217 code other than USD
 * @param validFrom the first day it applies, YYYY-MM-DD; it applies until the currency's next rate
 * @param usdPerUnit US dollars per unit of the currency, a positive decimal
 * @param source where the administrator took it from ("ECB reference rate")
 */
public record ExchangeRateCommand(@Nullable String currency, @Nullable String validFrom,
                                  @Nullable String usdPerUnit, @Nullable String source) {
}
