package org.partnersplatform.core.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.report.Report;
import org.partnersplatform.core.report.Reports;
import org.partnersplatform.core.testing.Await;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.TestDatabase;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.testplugins.TestPluginJars;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Closing months on schedule and revising published months when late data arrives, through real sync runs. The
 * deployment is in Berlin and the clock reads 1 May 2024, 00:30 there (30 April in UTC), so the month to close is
 * April. Weights: pull_request_merged 5, commit 1, comment 0.5 (a conversation, not on the published boards).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthClosingTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final YearMonth JANUARY = YearMonth.of(2024, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);
    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    private Map<String, String> properties;
    private Jdbc jdbc;
    private boolean synced;

    @Inject
    MonthCloser closer;

    @Inject
    ClosingLock lock;

    @Inject
    MonthPublisher publisher;

    @Inject
    PublishedMonths published;

    @Inject
    Reports reports;

    @Inject
    PublishedNames names;

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
        properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("spec.name", "MonthClosingTest");
        properties.put("partners.time-zone", "Europe/Berlin");
        jdbc = new Jdbc(properties);
        return properties;
    }

    private synchronized void fixture() {
        if (synced) {
            return;
        }
        organization("acme", "Acme", "acme.com");
        organization("globex", "Globex", "globex.com");
        ScriptedRecords.sync(installations, syncs, SOURCE, "GitHub", false, List.of(
                "j1;pull_request_merged;2024-01-10T10:00:00Z;alice;Alice;alice@acme.com;false",
                "f1;pull_request_merged;2024-02-05T10:00:00Z;alice;Alice;alice@acme.com;false",
                "f2;commit;2024-02-06T10:00:00Z;bob;Bob;bob@globex.com;false",
                "m1;commit;2024-03-05T10:00:00Z;bob;Bob;bob@globex.com;false",
                "a1;commit;2024-04-05T10:00:00Z;alice;Alice;alice@acme.com;false"));
        synced = true;
    }

    private void organization(String slug, String name, String domain) {
        Organization saved = organizations.save(Organization.create(slug, name, null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        domains.save(new OrganizationDomain(null, saved.id(), domain));
    }

    @Test
    void onTheFirstDayInTheDeploymentsTimeZoneThePreviousMonthIsPublishedOnceWithItsReport() {
        fixture();
        Optional<MonthRevision> closed = closer.closePreviousMonth();

        assertTrue(closed.isPresent());
        assertEquals(APRIL, closed.get().month());
        assertEquals(MonthPublisher.SYSTEM, closed.get().publishedBy());
        assertTrue(closer.closePreviousMonth().isEmpty(), "a month already published is left alone");
        assertEquals(1, published.latest(APRIL).revision());
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM published_report r JOIN published_month p"
                + " ON p.id = r.published_month_id WHERE p.calendar_month = '2024-04'"));
        Report april = reports.monthly("2024-04");
        assertEquals(1, april.publication().revision());
        assertEquals("Alice", april.sections().get(2).entries().get(0).name());
    }

    @Test
    void theScheduledJobClosesOnlyWhenAutoCloseIsOn() {
        fixture();
        YearMonth november = YearMonth.of(2023, 11);
        DeploymentTime firstOfDecember = new DeploymentTime("Europe/Berlin",
                Clock.fixed(Instant.parse("2023-12-01T00:10:00Z"), ZoneOffset.UTC));

        new MonthCloser(publisher, published, lock, firstOfDecember, false).onSchedule();
        assertTrue(published.status(november).isEmpty(), "auto-close off: nothing published");

        new MonthCloser(publisher, published, lock, firstOfDecember, true).onSchedule();
        assertEquals(MonthPublisher.SYSTEM, published.latest(november).publishedBy());
    }

    /** Two nodes share a database only on PostgreSQL; the embedded database is opened by one process. */
    @Test
    void whileAnotherNodeHoldsTheClosingLockThisNodeDoesNotClose() throws Exception {
        assumeTrue(TestDatabase.isPostgres(properties), "two nodes need PostgreSQL");
        fixture();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ranHere = new AtomicBoolean();
        try (ApplicationContext otherNode = CoreTestProperties.start(properties)) {
            Thread holder = new Thread(() -> otherNode.getBean(ClosingLock.class).tryRun(() -> {
                holding.countDown();
                await(release);
            }));
            holder.start();
            assertTrue(holding.await(30, TimeUnit.SECONDS));

            assertFalse(lock.tryRun(() -> ranHere.set(true)));
            release.countDown();
            holder.join();
        }
        assertFalse(ranHere.get());
        assertTrue(lock.tryRun(() -> ranHere.set(true)), "free again once the other node let go");
        assertTrue(ranHere.get());
    }

    @Test
    void lateDataThatMovesAPublishedMonthMakesARevisionNamingTheRunAndTheReportSaysWhichRevision() {
        fixture();
        publisher.publish(FEBRUARY, "admin");

        long late = ScriptedRecords.sync(installations, syncs, SOURCE, "Late GitLab", false, List.of(
                "l1;pull_request_merged;2024-02-20T10:00:00Z;carol;Carol;carol@globex.com;false"));
        long run = Long.parseLong(jdbc.value("SELECT MAX(id) FROM sync_run WHERE installation_id = ?", late));
        MonthRevision revised = Await.until("February to be revised", Duration.ofSeconds(30),
                () -> published.latest(FEBRUARY), r -> r.revision() == 2);

        assertEquals("late data from Late GitLab, run #" + run, revised.reason());
        assertTrue(revised.changes().boards().stream().flatMap(b -> b.sentences().stream())
                .anyMatch(s -> s.startsWith("Carol entered at")), revised.changes().toString());
        Report february = reports.monthly("2024-02");
        assertEquals(2, february.publication().revision());
        assertTrue(february.newContributors().stream().anyMatch(p -> p.name().equals("Carol")));
    }

    @Test
    void lateDataThatLeavesAPublishedMonthsBoardsAsTheyWereMakesNoRevision() {
        fixture();
        publisher.publish(JANUARY, "admin");
        publisher.publish(MARCH, "admin");

        ScriptedRecords.sync(installations, syncs, SOURCE, "Forum", false, List.of(
                "c1;comment;2024-01-15T10:00:00Z;dora;Dora;dora@acme.com;false",
                "c2;commit;2024-03-15T10:00:00Z;dora;Dora;dora@acme.com;false"));
        Await.until("March to be revised", Duration.ofSeconds(30), () -> published.latest(MARCH),
                r -> r.revision() == 2);

        assertEquals(1, published.latest(JANUARY).revision());
    }

    @Test
    void erasingAPersonReplacesTheirNameInTheStoredReportsOnly() {
        fixture();
        YearMonth december = YearMonth.of(2023, 12);
        ScriptedRecords.sync(installations, syncs, SOURCE, "Archive", false, List.of(
                "d1;commit;2023-12-05T10:00:00Z;hugo;Hugo;hugo@acme.com;false"));
        publisher.publish(december, "admin");
        String hugo = "member-" + jdbc.value("SELECT member_id FROM identity WHERE email = 'hugo@acme.com'");

        names.replace(Map.of(hugo, "Erased person"));

        Report stored = reports.monthly("2023-12");
        assertEquals(List.of("Erased person"), stored.sections().get(2).entries().stream()
                .map(e -> e.name()).toList());
        assertEquals(List.of("Erased person"), stored.newContributors().stream().map(p -> p.name()).toList());
        assertEquals("1", stored.sections().get(2).entries().get(0).score().toPlainString());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
