package org.partnersplatform.core.eligibility;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An organization whose recorded payments reached the grandfathering minimum in a month that ended before the cut-off:
 * a candidate an administrator may record, after checking.
 *
 * @param organizationSlug the organization
 * @param organizationName its name
 * @param month            the first such month
 * @param usd              what its payments gave that month, in US dollars
 */
public record GrandfatheringSuggestion(String organizationSlug, String organizationName, YearMonth month,
                                       BigDecimal usd) {
}
