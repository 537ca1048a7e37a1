package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.partnersplatform.core.leaderboard.Leaderboard;

/**
 * {@code {"period": "2026-Q3", "month": "2026-07", "kind": "contributions", "entries": [...]}}: {@code month} is the
 * first month of the period (the month itself for a monthly leaderboard).
 */
@Serdeable
public record LeaderboardDto(String period, String month, String kind, List<Entry> entries) {

    public static LeaderboardDto of(Leaderboard leaderboard) {
        return new LeaderboardDto(leaderboard.period().label(), leaderboard.month().toString(),
                leaderboard.kind().key(), leaderboard.entries().stream()
                        .map(e -> new Entry(e.rank(), e.name(), e.slug(), e.score(), e.contributions(),
                                e.conversations(), e.rankChange(), e.scoreChange()))
                        .toList());
    }

    /** One ranked organization or person. */
    @Serdeable
    public record Entry(int rank, String name, String slug, BigDecimal score, long contributions, long conversations,
                        @Nullable Integer rankChange, BigDecimal scoreChange) {
    }
}
