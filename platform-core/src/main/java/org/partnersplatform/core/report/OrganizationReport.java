package org.partnersplatform.core.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One organization's quarter.
 *
 * @param quarter {@code YYYY-Qn}
 * @param partial whether the quarter is not over yet
 * @param contributing its row on the quarter's "top contributing" board (with the change against the quarter
 *                     before), or {@code null} when not ranked
 * @param active its row on the quarter's "most active" board, or {@code null}
 * @param contributors the people with an activity counted for it in the quarter, as the quarter's "most active"
 *                     individuals board ranks them (their whole score and counts, best first)
 * @param trend its scores month by month over the quarter against the quarter before
 * @param newContributors people whose first accepted contribution ever, in the quarter, counted for it
 */
@Serdeable
public record OrganizationReport(String quarter, boolean partial, String slug, String name,
                                 @Nullable RankedEntry contributing, @Nullable RankedEntry active,
                                 List<RankedEntry> contributors, List<TrendMonth> trend,
                                 List<Newcomer> newContributors) {

    public OrganizationReport {
        contributors = List.copyOf(contributors);
        trend = List.copyOf(trend);
        newContributors = List.copyOf(newContributors);
    }
}
