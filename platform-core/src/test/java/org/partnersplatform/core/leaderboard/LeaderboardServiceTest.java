package org.partnersplatform.core.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * Rankings on a small fixture computed by hand. Weights: pull_request_merged 5, commit 1, comment 0.5 (a
 * conversation, which counts only for "most active").
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaderboardServiceTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final YearMonth JANUARY = YearMonth.of(2024, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

    private Map<String, String> properties;
    private boolean synced;

    @Inject
    LeaderboardService leaderboards;

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
        TestPluginJars.scripted(dir, SOURCE);
        properties = CoreTestProperties.with(dir);
        return properties;
    }

    private synchronized void fixture() {
        if (synced) {
            return;
        }
        organization("acme", "Acme", "acme.com");
        organization("globex", "Globex", "globex.com");
        ScriptedRecords.sync(installations, syncs, SOURCE, "fixture", false, List.of(
                "j1;pull_request_merged;2024-01-10T10:00:00Z;alice;Alice;alice@acme.com;false",
                "j2;pull_request_merged;2024-01-11T10:00:00Z;carol;Carol;carol@globex.com;false",
                "j3;pull_request_merged;2024-01-12T10:00:00Z;carol;Carol;carol@globex.com;false",
                "j4;commit;2024-01-31T23:59:59Z;dave;Dave;dave@gmail.com;false",
                "f1;pull_request_merged;2024-02-01T00:00:00Z;alice;Alice;alice@acme.com;false",
                "f2;commit;2024-02-05T10:00:00Z;alice;Alice;alice@acme.com;false",
                "f3;commit;2024-02-06T10:00:00Z;bob;Bob;bob@eu.acme.com;false",
                "f4;commit;2024-02-07T10:00:00Z;bob;Bob;bob@eu.acme.com;false",
                "f5;commit;2024-02-08T10:00:00Z;carol;Carol;carol@globex.com;false",
                "f6;pull_request_merged;2024-02-09T10:00:00Z;dave;Dave;dave@gmail.com;false",
                "f7;commit;2024-02-10T10:00:00Z;erin;Erin;777+erin@users.noreply.github.com;false",
                "f8;comment;2024-02-11T10:00:00Z;erin;Erin;777+erin@users.noreply.github.com;false",
                "f9;pull_request_merged;2024-02-12T10:00:00Z;dependabot;Dependabot;bot@acme.com;true",
                "f10;pull_request_merged;2024-02-13T10:00:00Z;dependabot;Dependabot;bot@acme.com;true",
                "f11;pull_request_merged;2024-02-14T10:00:00Z;dependabot;Dependabot;bot@acme.com;true",
                "m1;pull_request_merged;2024-03-01T00:00:00Z;dave;Dave;dave@gmail.com;false"));
        synced = true;
    }

    private void organization(String slug, String name, String domain) {
        Organization saved = organizations.save(Organization.create(slug, name, null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        domains.save(new OrganizationDomain(null, saved.id(), domain));
    }

    @Test
    void organizationsAreRankedByTheirMembersWeightsWithChangesAgainstThePreviousMonth() {
        fixture();
        List<LeaderboardEntry> february = leaderboards.organizations(FEBRUARY).entries();

        assertEquals(List.of("1 Acme acme 8 4 +1 3", "2 Globex globex 1 1 -1 -9"), describe(february));
    }

    @Test
    void inAMonthAfterNothingEveryOrganizationIsNewlyRanked() {
        fixture();
        List<LeaderboardEntry> january = leaderboards.organizations(JANUARY).entries();

        assertEquals(List.of("1 Globex globex 10 2 new 10", "2 Acme acme 5 1 new 5"), describe(january));
    }

    @Test
    void individualsIncludeIndependentsAndExcludeBotsAndConversations() {
        fixture();
        List<LeaderboardEntry> february = leaderboards.individuals(FEBRUARY).entries();

        assertEquals(List.of("1 Alice 6 2 +1 1", "2 Dave 5 1 +1 4", "3 Bob 2 2 new 2", "4 Carol 1 1 -3 -9",
                "5 Erin 1 1 new 1"), describeIndividuals(february));
        assertTrue(february.stream().allMatch(e -> e.slug().matches("member-\\d+")));
    }

    @Test
    void independentsAppearOnlyInTheIndividualLeaderboard() {
        fixture();
        List<String> organizationNames = leaderboards.organizations(FEBRUARY).entries().stream()
                .map(LeaderboardEntry::name).toList();

        assertEquals(List.of("Acme", "Globex"), organizationNames);
        assertTrue(leaderboards.individuals(FEBRUARY).entries().stream().anyMatch(e -> e.name().equals("Erin")));
    }

    @Test
    void theIndividualsContributionsAddUpToTheMonthsCountedRecords() {
        fixture();
        long counted = new Jdbc(properties).count("SELECT COUNT(*) FROM activity a"
                + " JOIN activity_type t ON t.id = a.activity_type_id JOIN member m ON m.id = a.member_id"
                + " WHERE a.occurred_at >= ? AND a.occurred_at < ? AND t.kind = 'CONTRIBUTION' AND m.bot = FALSE",
                java.sql.Timestamp.from(Instant.parse("2024-02-01T00:00:00Z")),
                java.sql.Timestamp.from(Instant.parse("2024-03-01T00:00:00Z")));

        long sum = leaderboards.individuals(FEBRUARY).entries().stream()
                .mapToLong(LeaderboardEntry::contributions).sum();

        assertEquals(7, counted);
        assertEquals(counted, sum);
    }

    @Test
    void anActivityAtMidnightCountsForTheMonthItStarts() {
        fixture();
        List<LeaderboardEntry> march = leaderboards.individuals(YearMonth.of(2024, 3)).entries();

        assertEquals(List.of("1 Dave 5 1 +1 0"), describeIndividuals(march));
    }

    @Test
    void mostActiveCountsConversationsWithTheirWeight() {
        fixture();
        List<LeaderboardEntry> february = leaderboards.individuals(Period.month(FEBRUARY), RankingKind.ACTIVITY)
                .entries();

        assertEquals(List.of("1 Alice 6 2 +1 1", "2 Dave 5 1 +1 4", "3 Bob 2 2 new 2", "4 Erin 1.5 1 new 1.5",
                "5 Carol 1 1 -4 -9"), describeIndividuals(february));
        assertEquals(1, february.get(3).conversations(), "Erin's comment counts as a conversation");
        assertEquals(0, leaderboards.individuals(Period.month(FEBRUARY), RankingKind.CONTRIBUTIONS).entries()
                .stream().mapToLong(LeaderboardEntry::conversations).sum());
    }

    @Test
    void aQuarterAddsItsMonthsAndComparesWithThePreviousQuarter() {
        fixture();
        Leaderboard first = leaderboards.organizations(Period.quarter(2024, 1), RankingKind.CONTRIBUTIONS);

        assertEquals("2024-Q1", first.period().label());
        assertEquals(List.of("1 Acme acme 13 5 new 13", "2 Globex globex 11 3 new 11"), describe(first.entries()));
    }

    @Test
    void aYearWithEqualScoresAndCountsIsOrderedByName() {
        fixture();
        Leaderboard year = leaderboards.individuals(Period.year(2024), RankingKind.CONTRIBUTIONS);

        assertEquals(List.of("1 Alice 11 3 new 11", "2 Carol 11 3 new 11", "3 Dave 11 3 new 11", "4 Bob 2 2 new 2",
                "5 Erin 1 1 new 1"), describeIndividuals(year.entries()));
    }

    @Test
    void theFourBoardsReadAtOnceAreTheRankingsOneByOne() {
        fixture();
        for (Period period : List.of(Period.month(FEBRUARY), Period.quarter(2024, 1))) {
            PeriodBoards boards = leaderboards.boards(period);
            for (RankingKind kind : RankingKind.values()) {
                assertEquals(leaderboards.organizations(period, kind), boards.organizations(kind));
                assertEquals(leaderboards.individuals(period, kind), boards.individuals(kind));
            }
        }
        assertEquals(List.of("1 Alice 6 2 +1 1", "2 Dave 5 1 +1 4", "3 Bob 2 2 new 2", "4 Erin 1.5 1 new 1.5",
                "5 Carol 1 1 -4 -9"), describeIndividuals(leaderboards.boards(Period.month(FEBRUARY))
                .individualsByActivity().entries()));
    }

    private static List<String> describe(List<LeaderboardEntry> entries) {
        return entries.stream().map(e -> e.rank() + " " + e.name() + " " + e.slug() + " "
                + e.score().toPlainString() + " " + e.contributions() + " " + change(e.rankChange()) + " "
                + e.scoreChange().toPlainString()).toList();
    }

    private static List<String> describeIndividuals(List<LeaderboardEntry> entries) {
        return entries.stream().map(e -> e.rank() + " " + e.name() + " " + e.score().toPlainString() + " "
                + e.contributions() + " " + change(e.rankChange()) + " " + e.scoreChange().toPlainString()).toList();
    }

    private static String change(Integer rankChange) {
        return rankChange == null ? "new" : (rankChange > 0 ? "+" : "") + rankChange;
    }
}
