package org.partnersplatform.core.report;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.leaderboard.Leaderboard;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.PeriodBoards;

/**
 * Computes a report from the figures as they stand now: the top {@code partners.reports.top} (10 by default) of each
 * leaderboard the {@link LeaderboardService} ranks, the period's new contributors and new members, and its notes.
 */
@Singleton
class ReportBuilder {

    private final LeaderboardService leaderboards;
    private final NewPeople newPeople;
    private final ReportNotes notes;
    private final int top;

    ReportBuilder(LeaderboardService leaderboards, NewPeople newPeople, ReportNotes notes,
                  @Value("${partners.reports.top:10}") int top) {
        if (top < 1) {
            throw new IllegalArgumentException("partners.reports.top is at least 1, not " + top);
        }
        this.leaderboards = leaderboards;
        this.newPeople = newPeople;
        this.notes = notes;
        this.top = top;
    }

    /** The report of a period; {@code partial} says whether the period is still running. */
    Report build(Period period, boolean partial) {
        PeriodBoards boards = leaderboards.boards(period);
        List<RankedSection> sections = List.of(
                section("organizations-contributions", "Top contributing organizations",
                        boards.organizationsByContributions()),
                section("organizations-activity", "Most active organizations", boards.organizationsByActivity()),
                section("individuals-contributions", "Top contributors", boards.individualsByContributions()),
                section("individuals-activity", "Most active individuals", boards.individualsByActivity()));
        return new Report(period.label(), type(period), partial, sections, newPeople.contributors(period),
                newPeople.members(period), notes.in(period), null);
    }

    private RankedSection section(String key, String title, Leaderboard board) {
        return new RankedSection(key, title, board.entries().stream().limit(top).map(RankedEntry::of).toList());
    }

    static String type(Period period) {
        return Map.of(1, "monthly", 3, "quarterly", 12, "annual").get(period.length());
    }
}
