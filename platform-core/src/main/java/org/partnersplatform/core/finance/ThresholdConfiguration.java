package org.partnersplatform.core.finance;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.math.BigDecimal;

/**
 * How the country-adjusted minimum monthly contribution is computed ({@code partners.finance.threshold.*}).
 *
 * @param baseAmount   the minimum in the base currency where a Big Mac costs what it costs in the United States
 * @param baseCurrency the base amount's currency; only USD is supported, since the index prices everything in dollars
 * @param edition      the index edition (YYYY-MM-DD) used when a request names none; empty: the latest edition loaded
 * @param dataSet      the label of the data set to read editions from; empty: the newest data set with the edition
 * @param loadBuiltIn  whether the built-in index is loaded at startup when no edition is stored
 */
@ConfigurationProperties("partners.finance.threshold")
public record ThresholdConfiguration(@Bindable(defaultValue = "100") BigDecimal baseAmount,
                                     @Bindable(defaultValue = "USD") String baseCurrency,
                                     @Nullable String edition,
                                     @Nullable String dataSet,
                                     @Bindable(defaultValue = "true") boolean loadBuiltIn) {
}
