package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** {@code {"usdAmount": "60.00", "reason": "..."}}: an administrator's monthly minimum for a country. */
@Serdeable
public record ThresholdOverrideRequest(@Nullable BigDecimal usdAmount, @Nullable String reason) {
}
