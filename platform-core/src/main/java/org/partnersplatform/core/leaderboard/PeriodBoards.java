package org.partnersplatform.core.leaderboard;

/**
 * The four leaderboards of one period, computed from one reading of its counts and of the period before: what a
 * report or a published month needs at once.
 */
public record PeriodBoards(Leaderboard organizationsByContributions, Leaderboard organizationsByActivity,
                           Leaderboard individualsByContributions, Leaderboard individualsByActivity) {

    /** The organizations' leaderboard of a kind. */
    public Leaderboard organizations(RankingKind kind) {
        return kind == RankingKind.CONTRIBUTIONS ? organizationsByContributions : organizationsByActivity;
    }

    /** The individuals' leaderboard of a kind. */
    public Leaderboard individuals(RankingKind kind) {
        return kind == RankingKind.CONTRIBUTIONS ? individualsByContributions : individualsByActivity;
    }
}
