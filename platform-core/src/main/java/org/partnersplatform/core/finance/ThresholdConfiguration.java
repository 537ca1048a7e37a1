package org.partnersplatform.core.finance;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the Big Mac index comes from ({@code partners.finance.threshold.*}). The base amount and the pinned edition
 * are program rules and live in the policy's {@code partnership.financial} section.
 *
 * @param dataSet     the label of the data set to read editions from; empty: the newest data set with the edition
 * @param loadBuiltIn whether the built-in index is loaded at startup when no edition is stored
 */
@ConfigurationProperties("partners.finance.threshold")
public record ThresholdConfiguration(@Nullable String dataSet,
                                     @Bindable(defaultValue = "true") boolean loadBuiltIn) {
}
