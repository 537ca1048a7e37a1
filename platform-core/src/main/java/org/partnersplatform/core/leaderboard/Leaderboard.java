package org.partnersplatform.core.leaderboard;

import java.time.YearMonth;
import java.util.List;

/** A month's ranking, best first. */
public record Leaderboard(YearMonth month, List<LeaderboardEntry> entries) {
}
