package org.partnersplatform.core.scoring;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnersplatform.core.leaderboard.Period;

/** Scores a period under the rule set in force: SQL counts, then weights, kinds, caps and attribute rules. */
@Singleton
public class Scoring {

    private final MonthlyCounts counts;
    private final RuleSets rules;
    private final RuleVersions versions;

    public Scoring(MonthlyCounts counts, RuleSets rules, RuleVersions versions) {
        this.counts = counts;
        this.rules = rules;
        this.versions = versions;
    }

    /** The period's score sheet. */
    @ReadOnly
    public ScoreSheet sheet(Period period) {
        RuleSet current = rules.current();
        return new ScoreSheet(versions.versionOf(current), current,
                Caps.apply(counts.of(period.first(), period.last()), current));
    }

    /**
     * The score sheets of the period and of the period before it, from one reading of the counts of both (the
     * previous period ends where the period starts, and caps apply within a month).
     */
    @ReadOnly
    public PeriodSheets sheets(Period period) {
        RuleSet current = rules.current();
        RuleVersion version = versions.versionOf(current);
        Map<Boolean, List<CountedRow>> byPeriod = Caps.apply(counts.of(period.previous().first(), period.last()),
                current).stream().collect(Collectors.partitioningBy(row -> period.contains(row.row().month())));
        return new PeriodSheets(new ScoreSheet(version, current, byPeriod.get(true)),
                new ScoreSheet(version, current, byPeriod.get(false)));
    }

    /** The version of the rule set in force. */
    public RuleVersion currentVersion() {
        return versions.versionOf(rules.current());
    }
}
