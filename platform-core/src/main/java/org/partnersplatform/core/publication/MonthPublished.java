package org.partnersplatform.core.publication;

import java.time.YearMonth;

/**
 * A month was published for the first time (revision 1): it is closed, and what depends on a closed month (the partner
 * lifecycle) may evaluate it. Published inside the publishing transaction; listeners that do slow or fallible work
 * run on their own thread.
 *
 * @param by who published it ({@value MonthPublisher#SYSTEM} for the scheduled close)
 */
public record MonthPublished(YearMonth month, String by) {
}
