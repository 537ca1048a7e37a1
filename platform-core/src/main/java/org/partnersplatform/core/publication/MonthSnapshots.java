package org.partnersplatform.core.publication;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.leaderboard.Leaderboard;
import org.partnersplatform.core.leaderboard.LeaderboardService;

/** A month's figures as they stand now, in the shape they are published in. */
@Singleton
class MonthSnapshots {

    private final LeaderboardService leaderboards;

    MonthSnapshots(LeaderboardService leaderboards) {
        this.leaderboards = leaderboards;
    }

    MonthContent of(YearMonth month) {
        Map<String, List<PublishedEntry>> boards = new LinkedHashMap<>();
        boards.put(MonthContent.ORGANIZATIONS, entries(leaderboards.organizations(month)));
        boards.put(MonthContent.INDIVIDUALS, entries(leaderboards.individuals(month)));
        return new MonthContent(MonthContent.FORMAT, month.toString(), boards);
    }

    private static List<PublishedEntry> entries(Leaderboard leaderboard) {
        return leaderboard.entries().stream()
                .map(e -> new PublishedEntry(e.rank(), e.slug(), e.name(), e.score(), e.contributions()))
                .toList();
    }
}
