package org.partnersplatform.core.identity;

import java.time.YearMonth;
import java.util.Set;

/**
 * Published after a change of people, organizations or affiliations moved stored activities to another member or
 * organization, inside the transaction that made the change.
 *
 * @param months the calendar months (deployment time zone) of the activities that moved
 * @param reason what changed, in a few words ("merge #12 undone"), for the record of a published month's revision
 */
public record AttributionChanged(Set<YearMonth> months, String reason) {

    public AttributionChanged {
        months = Set.copyOf(months);
    }
}
