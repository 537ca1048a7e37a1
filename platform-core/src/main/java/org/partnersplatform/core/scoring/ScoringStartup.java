package org.partnersplatform.core.scoring;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application starts: classifies the stored activities again if the policy's attribute rules changed, and
 * stores the rule set in force as a version if it is new.
 */
@Singleton
class ScoringStartup {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringStartup.class);

    private final ActivityClassifier classifier;
    private final RuleSets rules;
    private final RuleVersions versions;

    ScoringStartup(ActivityClassifier classifier, RuleSets rules, RuleVersions versions) {
        this.classifier = classifier;
        this.rules = rules;
        this.versions = versions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int read = classifier.reclassifyIfRulesChanged();
        if (read > 0) {
            LOG.info("Attribute rules changed: classified {} activities again", read);
        }
        LOG.info("Scoring rules in force: {}", versions.versionOf(rules.current()).label());
    }
}
