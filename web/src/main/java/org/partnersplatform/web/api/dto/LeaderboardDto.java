package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.partnersplatform.core.leaderboard.Leaderboard;

/** {@code {"month": "2026-10", "entries": [...]}}. */
@Serdeable
public record LeaderboardDto(String month, List<Entry> entries) {

    public static LeaderboardDto of(Leaderboard leaderboard) {
        return new LeaderboardDto(leaderboard.month().toString(), leaderboard.entries().stream()
                .map(e -> new Entry(e.rank(), e.name(), e.slug(), e.score(), e.contributions(), e.rankChange(),
                        e.scoreChange()))
                .toList());
    }

    /** One ranked organization or person. */
    @Serdeable
    public record Entry(int rank, String name, String slug, BigDecimal score, long contributions,
                        @Nullable Integer rankChange, BigDecimal scoreChange) {
    }
}
