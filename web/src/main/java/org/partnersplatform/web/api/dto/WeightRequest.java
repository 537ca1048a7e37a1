package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** {@code {"weight": 2.5}} sets an override; {@code {"weight": null}} goes back to the plugin's default. */
@Serdeable
public record WeightRequest(@Nullable BigDecimal weight) {
}
