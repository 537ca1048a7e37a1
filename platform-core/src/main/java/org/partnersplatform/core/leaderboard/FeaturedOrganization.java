package org.partnersplatform.core.leaderboard;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An organization featured on the home page.
 *
 * @param rank 1 for the first featured
 * @param month the month it was ranked in
 */
public record FeaturedOrganization(int rank, String name, String slug, BigDecimal score, long contributions,
                                   YearMonth month) {
}
