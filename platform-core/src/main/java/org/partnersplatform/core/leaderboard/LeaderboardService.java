package org.partnersplatform.core.leaderboard;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.core.scoring.CountedRow;
import org.partnersplatform.core.scoring.ScoreSheet;
import org.partnersplatform.core.scoring.Scoring;

/**
 * Leaderboards of organizations and individuals for a month, a quarter or a year under the scoring rules in force
 * (weights, kinds, caps per person, type and month, attribute rules): the sum of the weights of the period's counted
 * activities (contributions only for "top contributing", conversations too for "most active"), with the change of
 * rank and score against the period before. Bots and the staff organization are left out; an erased person's kept
 * activities count for their organization only. Ties are broken by contributions, then by name, so the order is
 * stable.
 */
@Singleton
public class LeaderboardService {

    private final Scoring scoring;

    public LeaderboardService(Scoring scoring) {
        this.scoring = scoring;
    }

    /** Organizations ranked by contributions for a month. */
    @ReadOnly
    public Leaderboard organizations(YearMonth month) {
        return organizations(Period.month(month), RankingKind.CONTRIBUTIONS);
    }

    /** Individuals ranked by contributions for a month, affiliated or independent. */
    @ReadOnly
    public Leaderboard individuals(YearMonth month) {
        return individuals(Period.month(month), RankingKind.CONTRIBUTIONS);
    }

    /** Organizations ranked for a period. */
    @ReadOnly
    public Leaderboard organizations(Period period, RankingKind kind) {
        return rank(period, kind, Subject.ORGANIZATIONS);
    }

    /** Individuals ranked for a period, affiliated or independent. */
    @ReadOnly
    public Leaderboard individuals(Period period, RankingKind kind) {
        return rank(period, kind, Subject.INDIVIDUALS);
    }

    /**
     * The four leaderboards of a period at once. Each ranking reads the period's counts and the previous period's;
     * here they are read once for all four, which costs about as much as one ranking.
     */
    @ReadOnly
    public PeriodBoards boards(Period period) {
        ScoreSheet current = scoring.sheet(period);
        ScoreSheet before = scoring.sheet(period.previous());
        return new PeriodBoards(
                rank(period, RankingKind.CONTRIBUTIONS, Subject.ORGANIZATIONS, current, before),
                rank(period, RankingKind.ACTIVITY, Subject.ORGANIZATIONS, current, before),
                rank(period, RankingKind.CONTRIBUTIONS, Subject.INDIVIDUALS, current, before),
                rank(period, RankingKind.ACTIVITY, Subject.INDIVIDUALS, current, before));
    }

    private Leaderboard rank(Period period, RankingKind kind, Subject subject) {
        return rank(period, kind, subject, scoring.sheet(period), scoring.sheet(period.previous()));
    }

    private static Leaderboard rank(Period period, RankingKind kind, Subject subject, ScoreSheet currentSheet,
                                    ScoreSheet previousSheet) {
        List<Row> current = ordered(totals(currentSheet, kind, subject));
        List<Row> previous = ordered(totals(previousSheet, kind, subject));
        Map<Long, Integer> previousRank = new HashMap<>();
        Map<Long, BigDecimal> previousScore = new HashMap<>();
        for (int i = 0; i < previous.size(); i++) {
            previousRank.put(previous.get(i).id(), i + 1);
            previousScore.put(previous.get(i).id(), previous.get(i).score());
        }
        List<LeaderboardEntry> entries = new ArrayList<>(current.size());
        for (int i = 0; i < current.size(); i++) {
            Row row = current.get(i);
            int rank = i + 1;
            Integer before = previousRank.get(row.id());
            entries.add(new LeaderboardEntry(rank, row.name(), row.slug(), row.score(), row.contributions(),
                    row.conversations(), before == null ? null : before - rank,
                    row.score().subtract(previousScore.getOrDefault(row.id(), BigDecimal.ZERO)).stripTrailingZeros()));
        }
        return new Leaderboard(period, kind, List.copyOf(entries));
    }

    /** Each subject's score and counted activities; a subject with nothing counted is left out. */
    static List<Row> totals(ScoreSheet sheet, RankingKind kind, Subject subject) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (CountedRow counted : sheet.rows()) {
            if (!subject.counts(counted, kind) || counted.counted() == 0) {
                continue;
            }
            boolean contribution = counted.type().kind() == ActivityKind.CONTRIBUTION;
            rows.merge(subject.id(counted), new Row(subject.id(counted), subject.name(counted), subject.slug(counted),
                    counted.subtotal(), contribution ? counted.counted() : 0, contribution ? 0 : counted.counted()),
                    Row::plus);
        }
        return rows.values().stream().map(Row::normalized).toList();
    }

    private static List<Row> ordered(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::score).reversed()
                .thenComparing(Comparator.comparingLong(Row::contributions).reversed())
                .thenComparing(Row::name)
                .thenComparingLong(Row::id));
        return sorted;
    }

    record Row(long id, String name, String slug, BigDecimal score, long contributions, long conversations) {

        Row plus(Row other) {
            return new Row(id, name, slug, score.add(other.score), contributions + other.contributions,
                    conversations + other.conversations);
        }

        Row normalized() {
            return new Row(id, name, slug, score.stripTrailingZeros(), contributions, conversations);
        }
    }
}
