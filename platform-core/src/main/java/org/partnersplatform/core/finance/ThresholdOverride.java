package org.partnersplatform.core.finance;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** An administrator's monthly threshold in USD for a country no edition of the index covers. */
@MappedEntity("threshold_override")
public record ThresholdOverride(@Id @MappedProperty("iso_a3") String isoA3, BigDecimal usdAmount, String reason,
                                Instant setAt) {
}
