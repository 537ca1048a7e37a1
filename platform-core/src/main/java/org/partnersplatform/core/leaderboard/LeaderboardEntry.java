package org.partnersplatform.core.leaderboard;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * One row of a monthly leaderboard.
 *
 * @param rank 1 for the highest score
 * @param name the organization's or person's name
 * @param slug the organization's slug, or {@code member-<id>} for a person
 * @param score the sum of the weights of the month's accepted contributions
 * @param contributions how many contributions that is
 * @param rankChange places gained since the previous month (negative when lost), or {@code null} when not ranked then
 * @param scoreChange score minus the previous month's (which is zero when not ranked then)
 */
public record LeaderboardEntry(int rank, String name, String slug, BigDecimal score, long contributions,
                               @Nullable Integer rankChange, BigDecimal scoreChange) {
}
