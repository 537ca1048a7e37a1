package org.partnersplatform.core.leaderboard;

import java.time.YearMonth;
import java.util.List;

/** A period's ranking of one kind, best first. */
public record Leaderboard(Period period, RankingKind kind, List<LeaderboardEntry> entries) {

    /** The first month of the period (the month, for a monthly ranking). */
    public YearMonth month() {
        return period.first();
    }
}
