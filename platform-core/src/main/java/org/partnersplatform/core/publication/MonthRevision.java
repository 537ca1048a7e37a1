package org.partnersplatform.core.publication;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One revision of a published month, read.
 *
 * @param revision 1 for the first publication, then one more for each change of its figures
 * @param publishedBy who published it, or {@value MonthPublisher#SYSTEM} for a revision the platform made
 * @param reason why this revision exists
 * @param changes what moved against the revision before (none for the first)
 */
public record MonthRevision(YearMonth month, int revision, Instant publishedAt, String publishedBy, String reason,
                            MonthContent content, MonthChanges changes) {
}
