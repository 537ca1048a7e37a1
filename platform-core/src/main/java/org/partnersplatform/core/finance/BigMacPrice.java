package org.partnersplatform.core.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;

/** A Big Mac's price in one country (or the euro area, {@code EUZ}) in one stored edition. */
@MappedEntity("threshold_price")
public record BigMacPrice(@Id @GeneratedValue @Nullable Long id, Long editionId,
                          @MappedProperty("iso_a3") String isoA3, String currencyCode, String countryName,
                          BigDecimal localPrice, BigDecimal dollarEx, BigDecimal dollarPrice) {
}
