package org.partnersplatform.core.leaderboard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.core.scoring.CountedRow;
import org.partnersplatform.core.scoring.ScoreSheet;

/**
 * One organization's or person's counted activities and points in a score sheet, contributions and conversations
 * apart, so one pass over the sheet serves the rankings of both kinds.
 */
final class SubjectTotals {

    private final long id;
    private final String name;
    private final String slug;
    private BigDecimal contributionScore = BigDecimal.ZERO;
    private BigDecimal conversationScore = BigDecimal.ZERO;
    private BigDecimal activityScore;
    private long contributions;
    private long conversations;

    private SubjectTotals(long id, String name, String slug) {
        this.id = id;
        this.name = name;
        this.slug = slug;
    }

    /** The totals of every subject with something counted in the sheet. */
    static Collection<SubjectTotals> of(ScoreSheet sheet, Subject subject) {
        Map<Long, SubjectTotals> totals = new HashMap<>();
        for (CountedRow row : sheet.rows()) {
            if (row.counted() > 0 && subject.includes(row)) {
                totals.computeIfAbsent(subject.id(row), id -> new SubjectTotals(id, subject.name(row),
                        subject.slug(row))).add(row);
            }
        }
        totals.values().forEach(total -> total.activityScore = total.contributionScore.add(total.conversationScore));
        return totals.values();
    }

    private void add(CountedRow row) {
        if (row.type().kind() == ActivityKind.CONTRIBUTION) {
            contributionScore = contributionScore.add(row.subtotal());
            contributions += row.counted();
        } else {
            conversationScore = conversationScore.add(row.subtotal());
            conversations += row.counted();
        }
    }

    /** Whether a ranking of that kind counts anything of this subject. */
    boolean ranked(RankingKind kind) {
        return kind == RankingKind.CONTRIBUTIONS ? contributions > 0 : contributions + conversations > 0;
    }

    /** The points a ranking of that kind gives, not normalised: scales differ between subjects. */
    BigDecimal score(RankingKind kind) {
        return kind == RankingKind.CONTRIBUTIONS ? contributionScore : activityScore;
    }

    /** The conversations a ranking of that kind counts (none in "top contributing"). */
    long conversations(RankingKind kind) {
        return kind == RankingKind.CONTRIBUTIONS ? 0 : conversations;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    String slug() {
        return slug;
    }

    long contributions() {
        return contributions;
    }
}
