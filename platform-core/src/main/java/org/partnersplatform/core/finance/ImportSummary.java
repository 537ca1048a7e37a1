package org.partnersplatform.core.finance;

import java.time.LocalDate;
import java.util.List;

/**
 * What one import stored.
 *
 * @param dataSet   the label the editions are stored under (the value for {@code partners.finance.threshold.data-set})
 * @param editions  the edition dates, oldest first
 * @param countries the distinct country codes (EUZ for the euro area)
 * @param prices    the number of price rows
 */
public record ImportSummary(String dataSet, List<LocalDate> editions, List<String> countries, int prices) {
}
