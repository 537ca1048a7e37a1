package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.finance.Threshold;

/**
 * A country's minimum monthly contribution. Amounts are decimal strings ("50.56", "1166078") so no client reads money
 * as floating point; {@code currency} and {@code localAmount} are null for an administrator's USD-only figure.
 */
@Serdeable
public record ThresholdDto(String country, String countryName, String edition, @Nullable String currency,
                           @Nullable String localAmount, String usdAmount, String basis) {

    public static ThresholdDto of(Threshold threshold) {
        return new ThresholdDto(threshold.country(), threshold.countryName(), threshold.edition().toString(),
                threshold.currency(), threshold.localAmount() == null ? null : threshold.localAmount().toPlainString(),
                threshold.usdAmount().toPlainString(), threshold.basis());
    }
}
