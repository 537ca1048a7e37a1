package org.partnersplatform.core.leaderboard;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * One row of a leaderboard.
 *
 * @param rank 1 for the highest score
 * @param name the organization's or person's name
 * @param slug the organization's slug, or {@code member-<id>} for a person
 * @param score the sum of the weights of the period's counted activities
 * @param contributions how many contributions were counted
 * @param conversations how many conversations were counted (none in a "top contributing" ranking)
 * @param rankChange places gained since the previous period (negative when lost), or {@code null} when not ranked then
 * @param scoreChange score minus the previous period's (which is zero when not ranked then)
 */
public record LeaderboardEntry(int rank, String name, String slug, BigDecimal score, long contributions,
                               long conversations, @Nullable Integer rankChange, BigDecimal scoreChange) {
}
