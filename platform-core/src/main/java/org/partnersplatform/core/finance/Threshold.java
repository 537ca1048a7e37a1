package org.partnersplatform.core.finance;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A country's minimum monthly financial contribution.
 *
 * @param country     the ISO 3166-1 alpha-3 code asked for
 * @param countryName its name as the index (or the euro-area table) gives it
 * @param edition     the index edition the answer is for
 * @param currency    the local currency (ISO 4217); null when only a USD figure exists (an administrator's figure)
 * @param localAmount in whole units of the local currency; null with {@code currency}
 * @param usdAmount   in US dollars, to the cent
 * @param basis       where the figures come from, in words
 */
public record Threshold(String country, String countryName, LocalDate edition, @Nullable String currency,
                        @Nullable BigDecimal localAmount, BigDecimal usdAmount, String basis) {
}
