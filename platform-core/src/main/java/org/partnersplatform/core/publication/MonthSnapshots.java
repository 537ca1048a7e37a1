package org.partnersplatform.core.publication;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.leaderboard.Leaderboard;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.PeriodBoards;
import org.partnersplatform.core.scoring.Scoring;

/** A month's figures as they stand now, with the rule version in force, in the shape they are published in. */
@Singleton
class MonthSnapshots {

    private final LeaderboardService leaderboards;
    private final Scoring scoring;

    MonthSnapshots(LeaderboardService leaderboards, Scoring scoring) {
        this.leaderboards = leaderboards;
        this.scoring = scoring;
    }

    MonthContent of(YearMonth month) {
        Map<String, List<PublishedEntry>> boards = new LinkedHashMap<>();
        PeriodBoards computed = leaderboards.boards(Period.month(month));
        boards.put(MonthContent.ORGANIZATIONS, entries(computed.organizationsByContributions()));
        boards.put(MonthContent.INDIVIDUALS, entries(computed.individualsByContributions()));
        return new MonthContent(MonthContent.FORMAT, month.toString(), boards, scoring.currentVersion().label());
    }

    private static List<PublishedEntry> entries(Leaderboard leaderboard) {
        return leaderboard.entries().stream()
                .map(e -> new PublishedEntry(e.rank(), e.slug(), e.name(), e.score(), e.contributions()))
                .toList();
    }
}
