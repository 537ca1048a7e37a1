package org.partnersplatform.core.scoring;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.partnersplatform.core.counting.ActivityCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application starts: classifies the stored activities again if the policy's attribute rules changed,
 * builds the monthly counts if they were never built or were cut in another time zone, and stores the rule set in
 * force as a version if it is new.
 */
@Singleton
class ScoringStartup {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringStartup.class);

    private final ActivityClassifier classifier;
    private final RuleSets rules;
    private final RuleVersions versions;
    private final ActivityCounts counts;

    ScoringStartup(ActivityClassifier classifier, RuleSets rules, RuleVersions versions, ActivityCounts counts) {
        this.classifier = classifier;
        this.counts = counts;
        this.rules = rules;
        this.versions = versions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int read = classifier.reclassifyIfRulesChanged();
        if (read > 0) {
            LOG.info("Attribute rules changed: classified {} activities again", read);
        }
        int months = counts.rebuildIfStale();
        if (months > 0) {
            LOG.info("Monthly activity counts built for {} months", months);
        }
        LOG.info("Scoring rules in force: {}", versions.versionOf(rules.current()).label());
    }
}
