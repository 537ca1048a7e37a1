package org.partnersplatform.core.report;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * An organization's scores in one month of a quarter next to the same month of the quarter before (zero when it was
 * not ranked then).
 *
 * @param month {@code YYYY-MM}
 * @param contributionScore its "top contributing" score that month
 * @param activityScore its "most active" score that month
 * @param previousMonth the month three months earlier
 */
@Serdeable
public record TrendMonth(String month, BigDecimal contributionScore, BigDecimal activityScore, String previousMonth,
                         BigDecimal previousContributionScore, BigDecimal previousActivityScore) {
}
