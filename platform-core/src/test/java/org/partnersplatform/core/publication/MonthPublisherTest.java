package org.partnersplatform.core.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationOrigin;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.AttributionRecompute;
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
import org.partnersplatform.core.scoring.Scoring;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * Publishing months and their revisions, on activities synced through a real run. Weights: pull_request_merged 5,
 * commit 1, comment 0.5 (a conversation, which is not ranked). Each test works on a month of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthPublisherTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final YearMonth JANUARY = YearMonth.of(2024, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);
    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    private Jdbc jdbc;
    private boolean synced;
    private long acme;
    private long globex;

    @Inject
    MonthPublisher publisher;

    @Inject
    PublishedMonths published;

    @Inject
    AffiliationRepository affiliations;

    @Inject
    AttributionRecompute recompute;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationDomainRepository domains;

    @Inject
    DeploymentTime time;

    @Inject
    Scoring scoring;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        Map<String, String> properties = CoreTestProperties.with(dir);
        jdbc = new Jdbc(properties);
        return properties;
    }

    private synchronized void fixture() {
        if (synced) {
            return;
        }
        acme = organization("acme", "Acme", "acme.com");
        globex = organization("globex", "Globex", "globex.com");
        ScriptedRecords.sync(installations, syncs, SOURCE, "fixture", false, List.of(
                "j1;pull_request_merged;2024-01-10T10:00:00Z;ann;Ann;ann@acme.com;false",
                "j2;commit;2024-01-11T10:00:00Z;dan;Dan;dan@gmail.com;false",
                "j3;commit;2024-01-12T10:00:00Z;dan;Dan;dan@gmail.com;false",
                "f1;pull_request_merged;2024-02-05T10:00:00Z;alice;Alice;alice@acme.com;false",
                "f2;pull_request_merged;2024-02-06T10:00:00Z;alice;Alice;alice@acme.com;false",
                "f3;pull_request_merged;2024-02-07T10:00:00Z;bob;Bob;bob@globex.com;false",
                "f4;pull_request_merged;2024-02-08T10:00:00Z;bob;Bob;bob@globex.com;false",
                "f5;commit;2024-02-09T10:00:00Z;carol;Carol;carol@globex.com;false",
                "f6;commit;2024-02-10T10:00:00Z;carol;Carol;carol@globex.com;false",
                "m1;commit;2024-03-05T10:00:00Z;frank;Frank;frank@acme.com;false",
                "m2;comment;2024-03-06T10:00:00Z;erin;Erin;erin@gmail.com;false",
                "a1;commit;2024-04-05T10:00:00Z;gina;Gina;gina@globex.com;false"));
        synced = true;
    }

    private long organization(String slug, String name, String domain) {
        Organization saved = organizations.save(Organization.create(slug, name, null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        domains.save(new OrganizationDomain(null, saved.id(), domain));
        return saved.id();
    }

    @Test
    void publishingAFinishedMonthStoresItsBoardsAsRevisionOne() {
        fixture();
        MonthRevision first = publisher.publish(JANUARY, "admin");

        assertEquals(1, first.revision());
        assertEquals("admin", first.publishedBy());
        assertEquals(MonthContent.FORMAT, first.content().format());
        assertEquals(List.of("1 acme Acme 5 1"), describe(first.content().board(MonthContent.ORGANIZATIONS)));
        assertEquals(List.of("1 member-" + member("ann@acme.com") + " Ann 5 1",
                "2 member-" + member("dan@gmail.com") + " Dan 2 2"),
                describe(first.content().board(MonthContent.INDIVIDUALS)));
        assertTrue(first.changes().isEmpty());
        assertEquals(first.content(), published.latest(JANUARY).content());
        assertTrue(jdbc.value("SELECT content FROM published_month WHERE calendar_month = '2024-01'").contains("\"format\":2"));
        assertEquals(scoring.currentVersion().label(), first.content().ruleVersion());
    }

    @Test
    void anAffiliationChangeThatMovesAPublishedMonthCreatesARevisionThatNamesWhatMoved() {
        fixture();
        MonthRevision first = publisher.publish(FEBRUARY, "admin");
        String storedFirst = jdbc.value("SELECT content FROM published_month WHERE calendar_month = '2024-02'");
        assertEquals(List.of("1 globex Globex 12 4", "2 acme Acme 10 2"),
                describe(first.content().board(MonthContent.ORGANIZATIONS)));

        long bob = member("bob@globex.com");
        affiliations.save(Affiliation.create(bob, acme, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29),
                AffiliationOrigin.MANUAL, Instant.now(), "moved to Acme for February"));
        recompute.members(List.of(bob), "Bob counted for Acme in February");

        MonthRevision second = published.latest(FEBRUARY);
        assertEquals(2, second.revision());
        assertEquals("Bob counted for Acme in February", second.reason());
        assertEquals(MonthPublisher.SYSTEM, second.publishedBy());
        assertEquals(List.of("1 acme Acme 20 4", "2 globex Globex 2 2"),
                describe(second.content().board(MonthContent.ORGANIZATIONS)));
        assertEquals(1, second.changes().boards().size(), "the individuals did not change");
        BoardChanges organizations = second.changes().boards().get(0);
        assertEquals(MonthContent.ORGANIZATIONS, organizations.board());
        assertEquals(List.of("Acme moved from 2nd to 1st", "Globex moved from 1st to 2nd",
                "Acme: score 10 → 20 (contributions 2 → 4)", "Globex: score 12 → 2 (contributions 4 → 2)"),
                organizations.sentences());

        assertEquals(first, published.revision(FEBRUARY, 1), "revision 1 is as it was published");
        assertEquals(storedFirst, jdbc.value("SELECT content FROM published_month WHERE calendar_month = '2024-02'"
                + " AND revision = 1"));
        assertEquals(List.of(1, 2), published.revisions(FEBRUARY).stream().map(MonthRevision::revision).toList());
    }

    @Test
    void aChangeThatLeavesThePublishedBoardsAsTheyWereCreatesNoRevision() {
        fixture();
        publisher.publish(MARCH, "admin");
        long erin = member("erin@gmail.com");
        affiliations.save(Affiliation.create(erin, globex, LocalDate.of(2024, 3, 1), null, AffiliationOrigin.MANUAL,
                Instant.now(), "joined Globex"));

        assertEquals(Set.of(MARCH), recompute.members(List.of(erin), "Erin joined Globex"),
                "her comment moved, in March");
        assertEquals(1, published.latest(MARCH).revision());
        assertEquals(1L, jdbc.count("SELECT COUNT(*) FROM published_month WHERE calendar_month = '2024-03'"));
    }

    @Test
    void reviseLeavesMonthsThatWereNeverPublishedAlone() {
        fixture();
        assertEquals(List.of(), publisher.revise(List.of(APRIL), "late data"));
        assertEquals(0L, jdbc.count("SELECT COUNT(*) FROM published_month WHERE calendar_month = '2024-04'"));
        assertThrows(NotFoundException.class, () -> published.latest(APRIL));
    }

    @Test
    void aMonthThatIsNotOverCannotBePublished() {
        fixture();
        YearMonth current = time.currentMonth();
        ConflictException now = assertThrows(ConflictException.class, () -> publisher.publish(current, "admin"));
        assertTrue(now.getMessage().contains(current + " is not over yet"), now.getMessage());
        assertThrows(ConflictException.class, () -> publisher.publish(current.plusMonths(1), "admin"));
        assertEquals(0L, jdbc.count("SELECT COUNT(*) FROM published_month WHERE calendar_month >= ?", current.toString()));
    }

    @Test
    void aPublishedMonthIsNotPublishedAgainSinceChangesArriveAsRevisions() {
        fixture();
        YearMonth may = YearMonth.of(2024, 5);
        publisher.publish(may, "admin");
        ConflictException again = assertThrows(ConflictException.class, () -> publisher.publish(may, "admin"));
        assertTrue(again.getMessage().contains("already published")
                && again.getMessage().contains("new revisions"), again.getMessage());
        assertEquals(1L, jdbc.count("SELECT COUNT(*) FROM published_month WHERE calendar_month = '2024-05'"));
    }

    @Test
    void theListSaysHowOftenEachPublishedMonthWasRevised() {
        fixture();
        YearMonth june = YearMonth.of(2024, 6);
        publisher.publish(june, "admin");

        PublishedMonthSummary summary = published.status(june).orElseThrow();
        assertEquals(1, summary.latestRevision());
        assertEquals(summary.publishedAt(), summary.revisedAt());
        assertTrue(published.list().stream().anyMatch(s -> s.month().equals(june)));
        assertTrue(published.status(YearMonth.of(2023, 6)).isEmpty());
    }

    private long member(String email) {
        return Long.parseLong(jdbc.value("SELECT member_id FROM identity WHERE email = ?", email));
    }

    private static List<String> describe(List<PublishedEntry> entries) {
        return entries.stream().map(e -> e.rank() + " " + e.slug() + " " + e.name() + " "
                + e.score().toPlainString() + " " + e.contributions()).toList();
    }
}
