package org.partnersplatform.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.activity.ActivityTypeRegistry;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.leaderboard.Explanation;
import org.partnersplatform.core.leaderboard.ExplanationLine;
import org.partnersplatform.core.leaderboard.ExplanationService;
import org.partnersplatform.core.leaderboard.FeaturedOrganizations;
import org.partnersplatform.core.leaderboard.LeaderboardEntry;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.RankingKind;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.TestPluginJars;

/** Rankings, explanations, rule versions and featured organizations on {@link ScoringFixture}, computed by hand. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoredRankingsTest implements TestPropertyProvider {

    private static final Period LAST = Period.month(ScoringFixture.LAST);

    private boolean loaded;
    private Jdbc jdbc;

    @Inject
    LeaderboardService leaderboards;

    @Inject
    ExplanationService explanations;

    @Inject
    FeaturedOrganizations featured;

    @Inject
    Scoring scoring;

    @Inject
    RuleSets ruleSets;

    @Inject
    ActivityTypeRegistry registry;

    @Inject
    ActivityClassifier classifier;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationDomainRepository domains;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, ScoringFixture.SOURCE);
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("partners.policy.file", ScoringFixture.policyFile().toString());
        jdbc = new Jdbc(properties);
        return properties;
    }

    private synchronized void fixture() {
        if (!loaded) {
            ScoringFixture.load(installations, syncs, organizations, domains);
            registry.overrideWeight(ScoringFixture.SOURCE, "comment", new BigDecimal("1.5"));
            loaded = true;
        }
    }

    @Test
    void organizationsScoreWithFileWeightsCapsAndAttributeRulesAndLeaveOutStaffAndBots() {
        fixture();
        assertEquals(List.of("1 Globex 27 6 = +17", "2 Acme 26 12 = +24", "3 Initech 15 3 new +15"),
                describe(leaderboards.organizations(LAST, RankingKind.CONTRIBUTIONS).entries()));
    }

    @Test
    void mostActiveCountsCappedConversationsWithTheOverriddenWeight() {
        fixture();
        List<LeaderboardEntry> entries = leaderboards.organizations(LAST, RankingKind.ACTIVITY).entries();

        assertEquals("1 Acme 30.5 12 +1 +28.5", describe(entries).get(0));
        assertEquals(3, entries.get(0).conversations());
    }

    @Test
    void individualsBreakTiesByContributionsThenName() {
        fixture();
        assertEquals(List.of("1 Alice 26 12 +1 +24", "2 Carol 25 5 -1 +15", "3 Dave 15 3 new +15",
                "4 Judy 4 4 new +4", "5 Ivan 4 2 new +4", "6 Frank 2 1 new +2", "7 Heidi 2 1 new +2"),
                describe(leaderboards.individuals(LAST, RankingKind.CONTRIBUTIONS).entries()));
    }

    @Test
    void aQuarterIsTheSumOfItsCappedMonths() {
        fixture();
        Explanation quarter = explanations.individual(member("Olga"), Period.quarter(2024, 1),
                RankingKind.CONTRIBUTIONS);

        assertEquals("commit 15 13 2 26", line(quarter, "commit", null));
        assertEquals(new BigDecimal("26"), quarter.score());
    }

    @Test
    void anOrganizationsExplanationAddsUpToItsLeaderboardScoreByTypeRuleAndPerson() {
        fixture();
        for (RankingKind kind : RankingKind.values()) {
            for (LeaderboardEntry entry : leaderboards.organizations(LAST, kind).entries()) {
                Explanation explanation = explanations.organization(entry.slug(), LAST, kind);
                assertEquals(entry.score(), explanation.score(), entry.slug() + " " + kind);
                assertEquals(entry.score(), explanation.people().stream().map(p -> p.score())
                        .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros(), entry.slug() + " people");
            }
        }
        Explanation acme = explanations.organization("acme", LAST, RankingKind.ACTIVITY);
        assertEquals("commit 12 10 2 20", line(acme, "commit", null));
        assertEquals("pull_request_merged 1 1 5 5", line(acme, "pull_request_merged", null));
        assertEquals("pull_request_merged 1 1 1 1",
                line(acme, "pull_request_merged", "Small documentation pull request"));
        assertEquals("comment 4 3 1.5 4.5", line(acme, "comment", null));
        assertEquals(List.of("Alice", "Bob"), acme.people().stream().map(p -> p.name()).toList());
        assertEquals(scoring.currentVersion().label(), acme.ruleVersion());
    }

    @Test
    void anIndividualsExplanationAddsUpToTheirLeaderboardScore() {
        fixture();
        for (LeaderboardEntry entry : leaderboards.individuals(LAST, RankingKind.ACTIVITY).entries()) {
            assertEquals(entry.score(), explanations.individual(entry.slug(), LAST, RankingKind.ACTIVITY).score());
        }
    }

    @Test
    void explainingSomeoneWithNothingCountedIsNotFound() {
        fixture();
        assertThrows(NotFoundException.class,
                () -> explanations.organization("staff", LAST, RankingKind.CONTRIBUTIONS));
        assertThrows(NotFoundException.class,
                () -> explanations.individual(member("Bob"), LAST, RankingKind.CONTRIBUTIONS));
        assertThrows(NotFoundException.class,
                () -> explanations.individual("someone", LAST, RankingKind.CONTRIBUTIONS));
    }

    @Test
    void theFeaturedAreTheFirstCurrentPartnersUpToThePolicysNumber() {
        fixture();
        jdbc.update("DELETE FROM partnership");
        partnership("globex", "ACTIVE");
        partnership("acme", "DELISTED");
        partnership("initech", "GRACE");
        assertEquals(List.of("1 globex 27 " + ScoringFixture.LAST, "2 initech 15 " + ScoringFixture.LAST),
                featured.current().stream().map(f -> f.rank() + " " + f.slug() + " " + f.score().toPlainString()
                        + " " + f.month()).toList());
    }

    @Test
    void effectiveRulesSayWhereEachValueComesFrom() {
        fixture();
        Map<String, EffectiveType> types = new HashMap<>();
        ruleSets.current().types().forEach(t -> types.put(t.typeKey(), t));

        assertEquals("2 POLICY 10 POLICY_DEFAULT", origins(types.get("commit")));
        assertEquals("1.5 OVERRIDE 3 POLICY", origins(types.get("comment")));
        assertEquals("5 PLUGIN 10 POLICY_DEFAULT", origins(types.get("pull_request_merged")));
    }

    @Test
    void anOverrideChangeMakesANewRuleVersionAndUndoingItFindsTheOldOne() {
        fixture();
        RuleVersion before = scoring.currentVersion();
        try {
            registry.overrideWeight(ScoringFixture.SOURCE, "commit", new BigDecimal("3"));
            RuleVersion changed = scoring.currentVersion();

            assertNotEquals(before.fingerprint(), changed.fingerprint());
            assertEquals("test-2024.1 · r" + (before.revision() + 1), changed.label());
            assertEquals(changed.id(), leaderboardVersion());
        } finally {
            registry.overrideWeight(ScoringFixture.SOURCE, "commit", null);
        }
        assertEquals(before.id(), scoring.currentVersion().id());
    }

    @Test
    void theMatchedAttributeRuleIsStoredWhenAnActivityIsStoredAndAgainWhenTheRulesChange() {
        fixture();
        String matched = "SELECT a.source_item_id FROM activity a WHERE a.scoring_rule = 'small-docs'"
                + " ORDER BY a.source_item_id";
        List<String> atIngest = jdbc.column(matched);
        assertEquals(List.of("d1", "j0", "j1", "j2", "j3"), atIngest);
        assertEquals(0, classifier.reclassifyIfRulesChanged(), "nothing to do while the rules are unchanged");

        jdbc.update("UPDATE activity SET scoring_rule = NULL");
        jdbc.update("UPDATE scoring_classification SET rules_fingerprint = 'older rules'");

        assertEquals(27, classifier.reclassifyIfRulesChanged(), "every merged pull request is read again");
        assertEquals(atIngest, jdbc.column(matched));
    }

    private long leaderboardVersion() {
        return scoring.sheet(LAST).version().id();
    }

    private String member(String name) {
        return leaderboards.individuals(Period.year(2024), RankingKind.ACTIVITY).entries().stream()
                .filter(e -> e.name().equals(name)).findFirst()
                .or(() -> leaderboards.individuals(LAST, RankingKind.ACTIVITY).entries().stream()
                        .filter(e -> e.name().equals(name)).findFirst())
                .orElseThrow().slug();
    }

    private static String line(Explanation explanation, String type, String rule) {
        ExplanationLine line = explanation.lines().stream()
                .filter(l -> l.typeKey().equals(type) && java.util.Objects.equals(l.rule(), rule))
                .findFirst().orElseThrow();
        return type + " " + line.count() + " " + line.counted() + " " + line.weight().toPlainString() + " "
                + line.subtotal().toPlainString();
    }

    private static String origins(EffectiveType type) {
        return type.weight().toPlainString() + " " + type.weightFrom() + " " + type.cap() + " " + type.capFrom();
    }

    private static List<String> describe(List<LeaderboardEntry> entries) {
        return entries.stream().map(e -> e.rank() + " " + e.name() + " " + e.score().toPlainString() + " "
                + e.contributions() + " " + (e.rankChange() == null ? "new" : e.rankChange() == 0 ? "="
                : (e.rankChange() > 0 ? "+" : "") + e.rankChange()) + " "
                + (e.scoreChange().signum() > 0 ? "+" : "") + e.scoreChange().toPlainString()).toList();
    }

    private void partnership(String slug, String status) {
        jdbc.update("INSERT INTO partnership (organization_id, status, since, months_below, policy_version,"
                + " updated_at) SELECT id, ?, DATE '2024-01-01', 0, 'test', CURRENT_TIMESTAMP FROM organization"
                + " WHERE slug = ?", status, slug);
    }
}
