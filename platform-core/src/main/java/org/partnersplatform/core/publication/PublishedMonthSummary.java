package org.partnersplatform.core.publication;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A published month at a glance.
 *
 * @param publishedAt when revision 1 was published
 * @param revisedAt when the latest revision was made (equal to {@code publishedAt} when never revised)
 */
public record PublishedMonthSummary(YearMonth month, int latestRevision, Instant publishedAt, Instant revisedAt) {

    public boolean revised() {
        return latestRevision > 1;
    }
}
