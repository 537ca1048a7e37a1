package org.partnersplatform.core.leaderboard;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.scoring.PeriodSheets;
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
     * The four leaderboards of a period at once. Each ranking reads the counts of the period and of the previous
     * period; here they are read and summed once for all four, which costs about as much as one ranking.
     */
    @ReadOnly
    public PeriodBoards boards(Period period) {
        PeriodSheets sheets = scoring.sheets(period);
        Standings organizations = Standings.of(sheets, Subject.ORGANIZATIONS);
        Standings individuals = Standings.of(sheets, Subject.INDIVIDUALS);
        return new PeriodBoards(
                rank(period, RankingKind.CONTRIBUTIONS, organizations),
                rank(period, RankingKind.ACTIVITY, organizations),
                rank(period, RankingKind.CONTRIBUTIONS, individuals),
                rank(period, RankingKind.ACTIVITY, individuals));
    }

    private Leaderboard rank(Period period, RankingKind kind, Subject subject) {
        return rank(period, kind, Standings.of(scoring.sheets(period), subject));
    }

    private static Leaderboard rank(Period period, RankingKind kind, Standings standings) {
        List<Row> current = ordered(standings.period(), kind);
        List<Row> previous = ordered(standings.previous(), kind);
        Map<Long, Integer> previousPlace = new HashMap<>(previous.size() * 4 / 3 + 1);
        for (int i = 0; i < previous.size(); i++) {
            previousPlace.put(previous.get(i).id(), i);
        }
        List<LeaderboardEntry> entries = new ArrayList<>(current.size());
        for (int i = 0; i < current.size(); i++) {
            Row row = current.get(i);
            Integer place = previousPlace.get(row.id());
            BigDecimal change = place == null ? row.score() : row.score().subtract(previous.get(place).score());
            entries.add(new LeaderboardEntry(i + 1, row.name(), row.slug(), row.score().stripTrailingZeros(),
                    row.contributions(), row.conversations(), place == null ? null : place - i,
                    change.stripTrailingZeros()));
        }
        return new Leaderboard(period, kind, List.copyOf(entries));
    }

    /** The subjects a ranking of that kind counts something of, best first. */
    private static List<Row> ordered(Collection<SubjectTotals> totals, RankingKind kind) {
        List<Row> rows = new ArrayList<>(totals.size());
        for (SubjectTotals total : totals) {
            if (total.ranked(kind)) {
                BigDecimal score = total.score(kind);
                rows.add(new Row(total.id(), total.name(), total.slug(), score, score.doubleValue(),
                        total.contributions(), total.conversations(kind)));
            }
        }
        rows.sort(LeaderboardService::best);
        return rows;
    }

    /**
     * Higher score first, then more contributions, then name, then id. Scores are compared as doubles first, which
     * is cheap and never inverts two different scores (rounding keeps the order); only equal doubles are compared
     * exactly.
     */
    private static int best(Row a, Row b) {
        int order = Double.compare(b.approximateScore(), a.approximateScore());
        if (order == 0) {
            order = b.score().compareTo(a.score());
        }
        if (order == 0) {
            order = Long.compare(b.contributions(), a.contributions());
        }
        if (order == 0) {
            order = a.name().compareTo(b.name());
        }
        return order != 0 ? order : Long.compare(a.id(), b.id());
    }

    private record Row(long id, String name, String slug, BigDecimal score, double approximateScore,
                       long contributions, long conversations) {
    }

    /** Each subject's totals in the period and in the period before. */
    private record Standings(Collection<SubjectTotals> period, Collection<SubjectTotals> previous) {

        static Standings of(PeriodSheets sheets, Subject subject) {
            return new Standings(SubjectTotals.of(sheets.period(), subject),
                    SubjectTotals.of(sheets.previous(), subject));
        }
    }
}
