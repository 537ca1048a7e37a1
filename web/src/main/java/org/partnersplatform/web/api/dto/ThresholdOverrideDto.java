package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.finance.ThresholdOverride;

/** An administrator's figure for a country; the amount is a string so no client reads money as a float. */
@Serdeable
public record ThresholdOverrideDto(String country, String usdAmount, String reason, Instant setAt) {

    public static ThresholdOverrideDto of(ThresholdOverride figure) {
        return new ThresholdOverrideDto(figure.isoA3(), figure.usdAmount().toPlainString(), figure.reason(),
                figure.setAt());
    }
}
