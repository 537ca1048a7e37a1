package org.partnersplatform.core.scoring;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
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
        return new ScoreSheet(versions.versionOf(current), current, Caps.apply(counts.of(period), current));
    }

    /** The version of the rule set in force. */
    public RuleVersion currentVersion() {
        return versions.versionOf(rules.current());
    }
}
