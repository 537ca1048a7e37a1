package org.partnersplatform.core.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.partnersplatform.core.leaderboard.LeaderboardEntry;

/**
 * One ranked row of a report, as the leaderboard computed it.
 *
 * @param slug the organization's slug, or {@code member-<id>} for a person
 * @param rankChange places gained since the previous period, negative when lost, {@code null} when not ranked then
 * @param scoreChange score minus the previous period's (zero then when not ranked)
 */
@Serdeable
public record RankedEntry(int rank, String name, String slug, BigDecimal score, long contributions,
                          long conversations, @Nullable Integer rankChange, BigDecimal scoreChange) {

    static RankedEntry of(LeaderboardEntry entry) {
        return new RankedEntry(entry.rank(), entry.name(), entry.slug(), plain(entry.score()), entry.contributions(),
                entry.conversations(), entry.rankChange(), plain(entry.scoreChange()));
    }

    /** The same row under another name. */
    RankedEntry named(String newName) {
        return new RankedEntry(rank, newName, slug, score, contributions, conversations, rankChange, scoreChange);
    }

    /** The shortest plain form ({@code 10}, {@code 2.5}), so a row read back from JSON equals the row computed. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
