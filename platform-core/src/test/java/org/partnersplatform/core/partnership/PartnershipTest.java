package org.partnersplatform.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.alert.AlertInbox;
import org.partnersplatform.core.alert.AlertView;
import org.partnersplatform.core.alert.PartnerOrganizations;
import org.partnersplatform.core.eligibility.Criterion;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.publication.MonthPublisher;
import org.partnersplatform.core.roadmap.RoadmapCommand;
import org.partnersplatform.core.roadmap.RoadmapRequests;
import org.partnersplatform.core.testing.Await;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * Applications, decisions, the partner lifecycle, tiers and roadmap requests on a community synced through the
 * scripted source ("commit" is a contribution) under the built-in policy: practical minimum 1 a month, delisted after
 * 3 months below, 3 roadmap requests a year, tiers gold (20, USD 500), silver (8, USD 250), bronze (1, USD 100).
 * Approvals happen on 5 February 2024, so the lifecycle evaluates from February on.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnershipTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final String APPROVAL_DAY = "2024-02-05T09:00:00Z";
    private static final String JULY = "2024-07-05T09:00:00Z";

    private Jdbc jdbc;
    private boolean synced;

    @Inject
    PartnershipClock clock;

    @Inject
    ApplicationIntake intake;

    @Inject
    Applications applications;

    @Inject
    ApplicationDecisions decisions;

    @Inject
    PartnerLifecycle lifecycle;

    @Inject
    Partnerships partnerships;

    @Inject
    RoadmapRequests roadmap;

    @Inject
    PartnerOrganizations flags;

    @Inject
    MonthPublisher publisher;

    @Inject
    AlertInbox inbox;

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
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("spec.name", "PartnershipTest");
        jdbc = new Jdbc(properties);
        return properties;
    }

    private synchronized void fixture() {
        if (synced) {
            return;
        }
        clock.set(JULY);
        for (String name : List.of("Fadeco", "Bounceco", "Roadco", "Dupco", "Askco", "Nopeco")) {
            Organization saved = organizations.save(Organization.create(name.toLowerCase(), name, null, null,
                    OrganizationStatus.CONFIRMED, false, Instant.now()));
            domains.save(new OrganizationDomain(null, saved.id(), name.toLowerCase() + ".com"));
        }
        List<String> lines = new ArrayList<>();
        // Fadeco: 3 in January, 2 in February, then nothing.
        commits(lines, "f", "fay", "fadeco", "2024-01", 3);
        commits(lines, "f", "fay", "fadeco", "2024-02", 2);
        // Bounceco: 1 in December, 2 in January, 1 in February, none in March, 23 in April; pays USD 300 a month.
        commits(lines, "b", "bo", "bounceco", "2023-12", 1);
        commits(lines, "b", "bo", "bounceco", "2024-01", 2);
        commits(lines, "b", "bo", "bounceco", "2024-02", 1);
        commits(lines, "b", "bo", "bounceco", "2024-04", 23);
        // Roadco contributes every month.
        for (int month = 1; month <= 6; month++) {
            commits(lines, "r", "ray", "roadco", "2024-0" + month, 1);
        }
        ScriptedRecords.sync(installations, syncs, SOURCE, "fixture", false, lines);
        long bounceco = Long.parseLong(jdbc.value("SELECT id FROM organization WHERE slug = 'bounceco'"));
        Timestamp now = Timestamp.from(Instant.parse(JULY));
        jdbc.update("INSERT INTO payer (origin, account_id, name, organization_id, matched_by, individual,"
                + " created_at) VALUES ('manual', 'bounceco', 'Bounceco', ?, 'ADMIN', FALSE, ?)", bounceco, now);
        long payer = Long.parseLong(jdbc.value("SELECT id FROM payer WHERE account_id = 'bounceco'"));
        for (YearMonth month = YearMonth.of(2023, 11); month.isBefore(YearMonth.of(2024, 7));
                month = month.plusMonths(1)) {
            jdbc.update("INSERT INTO payment (origin, payment_key, payer_id, amount, currency, usd_amount, paid_at,"
                    + " recurrence, created_at, updated_at) VALUES ('manual', ?, ?, 300, 'USD', 300, ?, 'ONE_TIME',"
                    + " ?, ?)", "bounceco-" + month, payer,
                    Timestamp.from(month.atDay(15).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)), now, now);
        }
        synced = true;
    }

    private static void commits(List<String> lines, String prefix, String user, String organization, String month,
                                int count) {
        for (int day = 1; day <= count; day++) {
            lines.add("%s%s-%d;commit;%s-%02dT10:00:00Z;%s;%s;%s@%s.com;false".formatted(prefix, month, day, month,
                    day, user, user, user, organization));
        }
    }

    private static ApplicationCommand application(String slug) {
        return new ApplicationCommand(slug, null, "Pat Applicant", "pat@" + slug + ".com",
                "We build on the project every day.",
                List.of(new ApplicationCommand.TeamMember("Fay", "FAY@fadeco.com"),
                        new ApplicationCommand.TeamMember("Newcomer", "new@" + slug + ".com")));
    }

    /** Applies and approves on 5 February 2024, then puts the clock back to July. */
    private ApplicationView approved(String slug) {
        clock.set(APPROVAL_DAY);
        try {
            ApplicationReceipt receipt = intake.submit(application(slug));
            return decisions.decide(receipt.id(), ApplicationDecisions.Decision.APPROVE, "Welcome", "rita");
        } finally {
            clock.set(JULY);
        }
    }

    private String status(String slug) {
        PartnerView view = partnerships.of(slug);
        return view.status() + " " + view.monthsBelow() + " " + view.tier();
    }

    private List<String> events(String slug) {
        return partnerships.events(slug).stream().map(e -> e.calendarMonth() + " " + e.kind() + ": " + e.reason())
                .toList();
    }

    private List<String> alerts(String subject) {
        return inbox.list(null, null).stream().filter(a -> a.subjectName().equals(subject))
                .filter(a -> a.kind().name().startsWith("PARTNER_"))
                .sorted(Comparator.comparing(AlertView::period))
                .map(a -> a.period() + " " + a.kind() + ": " + a.message()).toList();
    }

    @Test
    @Order(1)
    void intakeRefusesAnInvalidApplicationNamingEachField() {
        fixture();
        List<ApplicationCommand.TeamMember> tooMany = IntStream.range(0, 51)
                .mapToObj(i -> new ApplicationCommand.TeamMember("P" + i, "p" + i + "@x.com")).toList();
        InvalidRequestException both = assertThrows(InvalidRequestException.class, () -> intake.submit(
                new ApplicationCommand("askco", "Askco Ltd", " ", "not-an-email", "", tooMany)));
        assertEquals(List.of("contactEmail", "contactName", "members", "motivation", "organization"),
                both.problems().keySet().stream().sorted().toList());
        InvalidRequestException member = assertThrows(InvalidRequestException.class, () -> intake.submit(
                new ApplicationCommand("askco", null, "Pat", "pat@askco.com", "Why not",
                        List.of(new ApplicationCommand.TeamMember("", "nobody")))));
        assertEquals(List.of("members[0].email", "members[0].name"),
                member.problems().keySet().stream().sorted().toList());
        InvalidRequestException none = assertThrows(InvalidRequestException.class, () -> intake.submit(
                new ApplicationCommand("askco", null, "Pat", "pat@askco.com", "Why not", List.of())));
        assertEquals("lists 1 to 50 team members, not 0", none.problems().get("members"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM partner_application"));
    }

    @Test
    @Order(2)
    void anOrganizationHasOneOpenApplicationAndANewNameIsProvisional() {
        fixture();
        ApplicationReceipt first = intake.submit(application("dupco"));
        assertEquals(ApplicationStatus.SUBMITTED, first.status());
        assertTrue(first.statusToken().length() >= 43, first.statusToken());
        ConflictException again = assertThrows(ConflictException.class, () -> intake.submit(application("dupco")));
        assertEquals("Dupco has an application waiting for a decision already; its status link shows when it is"
                + " decided", again.getMessage());
        ApplicationView view = applications.get(first.id());
        assertEquals(List.of("fay@fadeco.com known", "new@dupco.com unknown"), view.members().stream()
                .map(m -> m.email() + (m.memberId() == null ? " unknown" : " known")).toList());

        ApplicationReceipt fresh = intake.submit(new ApplicationCommand(null, "Brand New Co", "Bea", "bea@new.co",
                "New here", List.of(new ApplicationCommand.TeamMember("Bea", "bea@new.co"))));
        assertEquals("brand-new-co", fresh.organizationSlug());
        assertEquals(OrganizationStatus.PROVISIONAL, organizations.findBySlug("brand-new-co").orElseThrow().status());
        assertThrows(ConflictException.class, () -> intake.submit(new ApplicationCommand(null, "Dupco", "Bea",
                "bea@new.co", "Again", List.of(new ApplicationCommand.TeamMember("Bea", "bea@new.co")))));
    }

    @Test
    @Order(3)
    void aDecisionRecordsTheReportThePolicyVersionAndTheReviewerAndTheTokenShowsIt() {
        fixture();
        ApplicationReceipt receipt = intake.submit(application("askco"));
        ApplicationOutcome waiting = applications.outcome(receipt.statusToken());
        assertEquals(ApplicationStatus.SUBMITTED, waiting.status());
        assertNull(waiting.decisionNote());
        ApplicationDecisions.Review review = decisions.review(receipt.id());
        assertEquals("askco", review.report().organizationSlug());
        assertFalse(review.report().eligible(), "Askco has no contributions and no payments");

        ApplicationView decided = decisions.decide(receipt.id(), ApplicationDecisions.Decision.REJECT,
                "Not yet: no contributions in the last three months", "rita");
        assertEquals(ApplicationStatus.REJECTED, decided.status());
        assertEquals("rita", decided.decidedBy());
        assertEquals("mautic-2026.1", decided.policyVersion());
        assertNotNull(decided.report());
        assertEquals(review.report(), decided.report(), "the stored report is the one the reviewer saw");
        ApplicationOutcome outcome = applications.outcome(receipt.statusToken());
        assertEquals(ApplicationStatus.REJECTED, outcome.status());
        assertEquals("Not yet: no contributions in the last three months", outcome.decisionNote());
        assertThrows(ConflictException.class, () -> decisions.decide(receipt.id(),
                ApplicationDecisions.Decision.APPROVE, null, "rita"));
        assertFalse(flags.isPartner("askco"));
        assertEquals(ApplicationStatus.SUBMITTED, intake.submit(application("askco")).status(),
                "a rejected organization may apply again");
    }

    @Test
    @Order(4)
    void theFourthRoadmapRequestOfAYearIsRefusedAndAcceptedTheNextYear() throws Exception {
        fixture();
        approved("roadco");
        RoadmapCommand unfunded = new RoadmapCommand("Dark mode", "Please", false, null, null);
        RoadmapCommand funded = new RoadmapCommand("Faster sync", "We pay", true, "1500.50", "eur");
        assertEquals(new BigDecimal("1500.50"), roadmap.submit("roadco", funded, "admin").amount());
        assertEquals("EUR", roadmap.of("roadco").get(0).currency());
        roadmap.submit("roadco", unfunded, "admin");
        roadmap.submit("roadco", unfunded, "admin");
        ConflictException fourth = assertThrows(ConflictException.class,
                () -> roadmap.submit("roadco", unfunded, "admin"));
        assertEquals("Roadco has submitted 3 roadmap requests in 2024, the policy's limit of 3 a year; the next one"
                + " can be submitted from 2025-01-01", fourth.getMessage());
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> roadmap.submit("roadco",
                new RoadmapCommand("", "x", true, "-5", "EURO"), "admin"));
        assertEquals(List.of("amount", "currency", "title"), invalid.problems().keySet().stream().sorted().toList());
        assertThrows(ConflictException.class, () -> roadmap.submit("nopeco", unfunded, "admin"),
                "a non-partner is refused");

        clock.set("2025-01-02T09:00:00Z");
        try {
            ExecutorService pool = Executors.newFixedThreadPool(5);
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                tries.add(() -> {
                    try {
                        roadmap.submit("roadco", unfunded, "admin");
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                });
            }
            long accepted = 0;
            for (Future<Boolean> result : pool.invokeAll(tries)) {
                accepted += result.get() ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(3, accepted, "five at once in a new year: three accepted");
        } finally {
            clock.set(JULY);
        }
        assertEquals(3, jdbc.count("SELECT COUNT(*) FROM roadmap_request WHERE calendar_year = 2025"));
    }

    @Test
    @Order(5)
    void aPartnerFallsIntoGraceIsDelistedWithAlertsAndAppliesAgain() {
        fixture();
        approved("fadeco");
        assertTrue(flags.isPartner("fadeco"));
        assertEquals("ACTIVE 0 null", status("fadeco"));

        lifecycle.evaluate(YearMonth.of(2024, 2));
        assertEquals("ACTIVE 0 null", status("fadeco"));
        lifecycle.evaluate(YearMonth.of(2024, 3));
        assertEquals("GRACE 1 null", status("fadeco"));
        lifecycle.evaluate(YearMonth.of(2024, 4));
        assertEquals("GRACE 2 null", status("fadeco"));
        assertTrue(flags.isPartner("fadeco"), "a partner in grace is still a partner");
        lifecycle.evaluate(YearMonth.of(2024, 5));
        assertEquals("DELISTED 3 null", status("fadeco"));
        assertFalse(flags.isPartner("fadeco"));

        assertEquals(List.of(
                "2024-02 APPROVED: application #" + applicationOf("fadeco") + " approved by rita",
                "2024-03 GRACE_STARTED: 0 contributions in March 2024, below the practical minimum of 1; grace"
                        + " period starts: 2 months to get back above the minimum",
                "2024-05 DELISTED: 0 contributions in May 2024, below the practical minimum of 1; delisted after 3"
                        + " months in a row below it"), events("fadeco"));
        assertEquals(List.of(
                "2024-03 PARTNER_GRACE: Fadeco: 0 contributions in March 2024, below the practical minimum of 1;"
                        + " grace period starts: 2 months to get back above the minimum",
                "2024-05 PARTNER_DELISTED: Fadeco: 0 contributions in May 2024, below the practical minimum of 1;"
                        + " delisted after 3 months in a row below it"), alerts("Fadeco"));
        assertTrue(partnerships.events("fadeco").stream().allMatch(e -> e.policyVersion().equals("mautic-2026.1")));
        assertFalse(partnerships.current().stream().anyMatch(p -> p.organizationSlug().equals("fadeco")));

        ApplicationReceipt again = intake.submit(application("fadeco"));
        assertEquals(ApplicationStatus.SUBMITTED, again.status(), "a delisted organization may apply again");
        decisions.decide(again.id(), ApplicationDecisions.Decision.APPROVE, "Welcome back", "rita");
        assertEquals("ACTIVE 0 null", status("fadeco"));
        assertTrue(flags.isPartner("fadeco"));
    }

    @Test
    @Order(6)
    void aPartnerInGraceRecoversAndItsTierFollowsItsContributionsAndPayments() {
        fixture();
        approved("bounceco");
        assertEquals("ACTIVE 0 bronze", status("bounceco"), "Nov–Jan: 1 contribution and USD 300 a month");
        lifecycle.evaluate(YearMonth.of(2024, 3));
        assertEquals("GRACE 1 bronze", status("bounceco"), "February evaluated first, then March");
        lifecycle.evaluate(YearMonth.of(2024, 4));
        assertEquals("ACTIVE 0 silver", status("bounceco"), "Feb–Apr: 24 contributions, 8 a month");
        assertEquals(List.of(
                "2024-02 APPROVED: application #" + applicationOf("bounceco") + " approved by rita; tier Bronze"
                        + " partner",
                "2024-03 GRACE_STARTED: 0 contributions in March 2024, below the practical minimum of 1; grace"
                        + " period starts: 2 months to get back above the minimum",
                "2024-04 RECOVERED: 23 contributions in April 2024, at or above the practical minimum of 1; back"
                        + " from the grace period",
                "2024-04 TIER_CHANGED: tier Bronze partner → Silver partner"), events("bounceco"));
        assertEquals(List.of(
                "2024-03 PARTNER_GRACE: Bounceco: 0 contributions in March 2024, below the practical minimum of 1;"
                        + " grace period starts: 2 months to get back above the minimum",
                "2024-04 PARTNER_RECOVERED: Bounceco: 23 contributions in April 2024, at or above the practical"
                        + " minimum of 1; back from the grace period"), alerts("Bounceco"));
    }

    @Test
    @Order(7)
    void evaluatingAMonthAgainChangesNothing() {
        fixture();
        lifecycle.evaluate(YearMonth.of(2024, 5));
        long events = jdbc.count("SELECT COUNT(*) FROM partnership_event");
        long alerts = jdbc.count("SELECT COUNT(*) FROM alert");
        List<String> before = jdbc.column("SELECT status || ' ' || months_below || ' ' || COALESCE(tier, '-') || ' '"
                + " || last_month || ' ' || updated_at FROM partnership ORDER BY id");

        PartnerLifecycle.Evaluation again = lifecycle.evaluate(YearMonth.of(2024, 5));
        assertEquals(List.of(), again.events());
        assertEquals(List.of(), again.alerts());
        assertEquals(events, jdbc.count("SELECT COUNT(*) FROM partnership_event"));
        assertEquals(alerts, jdbc.count("SELECT COUNT(*) FROM alert"));
        assertEquals(before, jdbc.column("SELECT status || ' ' || months_below || ' ' || COALESCE(tier, '-') || ' '"
                + " || last_month || ' ' || updated_at FROM partnership ORDER BY id"));
        assertThrows(ConflictException.class, () -> lifecycle.evaluate(YearMonth.of(2024, 7)),
                "July is not over on 5 July");
    }

    @Test
    @Order(8)
    void publishingAMonthEvaluatesIt() {
        fixture();
        assertEquals("2024-05", partnerships.of("roadco").lastMonth());
        publisher.publish(YearMonth.of(2024, 6), "admin");
        PartnerView roadco = Await.until("June to be evaluated", Duration.ofSeconds(30),
                () -> partnerships.of("roadco"), p -> "2024-06".equals(p.lastMonth()));
        assertEquals(PartnerStatus.ACTIVE, roadco.status(), "Roadco contributed in June");
    }

    @Test
    @Order(9)
    void anOrganizationWhoseCountryHasNoThresholdIsStillDecidedAndItsReportSaysWhy() {
        fixture();
        organizations.save(Organization.create("polarco", "Polarco", null, "ATA", OrganizationStatus.CONFIRMED, false,
                Instant.now()));
        ApplicationReceipt receipt = intake.submit(application("polarco"));

        ApplicationView decided = decisions.decide(receipt.id(), ApplicationDecisions.Decision.REJECT,
                "Not yet", "rita");

        assertEquals(ApplicationStatus.REJECTED, decided.status());
        String financial = decided.report().criteria().stream()
                .filter(c -> c.criterion() == Criterion.FINANCIAL).findFirst().orElseThrow().summary();
        assertTrue(financial.startsWith("The threshold for ATA is not known, so payments cannot be judged"),
                financial);
    }

    private long applicationOf(String slug) {
        return Long.parseLong(jdbc.value("SELECT MIN(a.id) FROM partner_application a JOIN organization o"
                + " ON o.id = a.organization_id WHERE o.slug = ? AND a.status = 'APPROVED'", slug));
    }
}
