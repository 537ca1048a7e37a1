package org.partnersplatform.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.partnersplatform.core.NotFoundException;
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
 * The alert rules on a hand-built community synced through the scripted source (weights: pull_request_merged 5,
 * commit 1, comment 0.5). February 2024 is the closed month checked on 5 March; the member rules use 90 days.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertCheckerTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final Instant MARCH_5 = Instant.parse("2024-03-05T00:00:00Z");
    private static final Instant JUNE_15 = Instant.parse("2024-06-15T00:00:00Z");

    private Map<String, String> properties;
    private Jdbc jdbc;
    private boolean synced;

    @Inject
    AlertChecker checker;

    @Inject
    AlertInbox inbox;

    @Inject
    PartnerOrganizations partners;

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
        jdbc = new Jdbc(properties);
        return properties;
    }

    private synchronized void fixture() {
        if (synced) {
            return;
        }
        organization("halfco", "Halfco", false);
        organization("nearlyco", "Nearlyco", false);
        organization("tinyco", "Tinyco", false);
        organization("staffco", "Staffco", true);
        organization("idleco", "Idleco", false);
        organization("busyco", "Busyco", false);
        partners.setPartner("idleco", true);
        partners.setPartner("busyco", true);
        ScriptedRecords.sync(installations, syncs, SOURCE, "fixture", false, List.of(
                // Halfco: 10 in January, 5 in February: a drop of exactly 50%.
                "h1;pull_request_merged;2024-01-10T10:00:00Z;hana;Hana;hana@halfco.com;false",
                "h2;pull_request_merged;2024-01-11T10:00:00Z;hugo;Hugo;hugo@halfco.com;false",
                "h3;pull_request_merged;2024-02-10T10:00:00Z;hana;Hana;hana@halfco.com;false",
                // Nearlyco: 50 in January, 25.5 in February: a drop of 49%.
                "n1;pull_request_merged;2024-01-03T10:00:00Z;nia;Nia;nia@nearlyco.com;false",
                "n2;pull_request_merged;2024-01-04T10:00:00Z;nia;Nia;nia@nearlyco.com;false",
                "n3;pull_request_merged;2024-01-05T10:00:00Z;ned;Ned;ned@nearlyco.com;false",
                "n4;pull_request_merged;2024-01-06T10:00:00Z;ned;Ned;ned@nearlyco.com;false",
                "n5;pull_request_merged;2024-01-07T10:00:00Z;noa;Noa;noa@nearlyco.com;false",
                "n6;pull_request_merged;2024-01-08T10:00:00Z;noa;Noa;noa@nearlyco.com;false",
                "n7;pull_request_merged;2024-01-09T10:00:00Z;nat;Nat;nat@nearlyco.com;false",
                "n8;pull_request_merged;2024-01-10T10:00:00Z;nat;Nat;nat@nearlyco.com;false",
                "n9;pull_request_merged;2024-01-11T10:00:00Z;nils;Nils;nils@nearlyco.com;false",
                "n10;pull_request_merged;2024-01-12T10:00:00Z;nils;Nils;nils@nearlyco.com;false",
                "n11;pull_request_merged;2024-02-03T10:00:00Z;nia;Nia;nia@nearlyco.com;false",
                "n12;pull_request_merged;2024-02-04T10:00:00Z;ned;Ned;ned@nearlyco.com;false",
                "n13;pull_request_merged;2024-02-05T10:00:00Z;noa;Noa;noa@nearlyco.com;false",
                "n14;pull_request_merged;2024-02-06T10:00:00Z;nat;Nat;nat@nearlyco.com;false",
                "n15;pull_request_merged;2024-02-07T10:00:00Z;nils;Nils;nils@nearlyco.com;false",
                "n16;comment;2024-02-08T10:00:00Z;nia;Nia;nia@nearlyco.com;false",
                // Tinyco: 4 in January, nothing in February: below the minimum score of 5.
                "t1;commit;2024-01-10T10:00:00Z;tom;Tom;tom@tinyco.com;false",
                "t2;commit;2024-01-11T10:00:00Z;tom;Tom;tom@tinyco.com;false",
                "t3;commit;2024-01-12T10:00:00Z;tom;Tom;tom@tinyco.com;false",
                "t4;commit;2024-01-13T10:00:00Z;tom;Tom;tom@tinyco.com;false",
                // Staffco: 10 in January, nothing in February; staff never alerts.
                "s1;pull_request_merged;2024-01-10T10:00:00Z;sue;Sue;sue@staffco.com;false",
                "s2;pull_request_merged;2024-01-11T10:00:00Z;sue;Sue;sue@staffco.com;false",
                // Partners: Idleco only talks in February (no contribution), Busyco contributes once.
                "i1;comment;2024-02-12T10:00:00Z;ian;Ian;ian@idleco.com;false",
                "b1;commit;2024-02-12T10:00:00Z;bea;Bea;bea@busyco.com;false",
                // Members: Ivy goes quiet after 20 February; Rex comes back on 10 June after months away; Sam's
                // gap is 80 days; Kim was active in May; the bot, Eve (erased) and Sue (staff) never alert.
                "m1;commit;2024-02-20T10:00:00Z;ivy;Ivy;ivy@gmail.com;false",
                "m2;commit;2023-10-01T10:00:00Z;rex;Rex;rex@gmail.com;false",
                "m3;commit;2024-06-10T10:00:00Z;rex;Rex;rex@gmail.com;false",
                "m4;commit;2024-03-01T10:00:00Z;sam;Sam;sam@gmail.com;false",
                "m5;commit;2024-05-20T10:00:00Z;sam;Sam;sam@gmail.com;false",
                "m6;commit;2024-05-01T10:00:00Z;kim;Kim;kim@gmail.com;false",
                "m7;commit;2024-02-20T10:00:00Z;robot;Robot;robot@gmail.com;true",
                "m8;commit;2024-02-20T10:00:00Z;eve;Eve;eve@gmail.com;false",
                "m9;commit;2024-02-21T10:00:00Z;eve;Eve;eve@gmail.com;false"));
        jdbc.update("UPDATE member SET erased_at = ? WHERE display_name = 'Eve'", java.sql.Timestamp.from(MARCH_5));
        synced = true;
    }

    private void organization(String slug, String name, boolean staff) {
        Organization saved = organizations.save(Organization.create(slug, name, null, null,
                OrganizationStatus.CONFIRMED, staff, Instant.now()));
        domains.save(new OrganizationDomain(null, saved.id(), slug + ".com"));
    }

    private List<AlertView> alerts(AlertKind kind) {
        return inbox.list(null, kind);
    }

    private List<String> subjects(AlertKind kind) {
        return alerts(kind).stream().map(AlertView::subjectName).sorted().toList();
    }

    @Test
    void aDropOfFiftyPercentAlertsWithTheFiguresAndFortyNineDoesNot() {
        fixture();
        AlertChecker.CheckResult result = checker.check(MARCH_5);
        assertEquals(YearMonth.of(2024, 2), result.month());
        List<AlertView> drops = alerts(AlertKind.ACTIVITY_DROP);
        assertEquals(List.of("Halfco"), subjects(AlertKind.ACTIVITY_DROP));
        assertEquals("Halfco: most active score 10 → 5 (−50%) from January to February 2024",
                drops.get(0).message());
        assertEquals("2024-02", drops.get(0).period());
        assertEquals(AlertStatus.OPEN, drops.get(0).status());
    }

    @Test
    void aPartnerBelowThePracticalMinimumAlertsAndOneAtItDoesNot() {
        fixture();
        checker.check(MARCH_5);
        List<AlertView> february = alerts(AlertKind.BELOW_MINIMUM).stream()
                .filter(a -> a.period().equals("2024-02")).toList();
        assertEquals(List.of("Idleco"), february.stream().map(AlertView::subjectName).toList());
        assertEquals("Idleco: 0 contributions in February 2024, below the practical minimum of 1",
                february.get(0).message());
    }

    @Test
    void aMemberWithoutActivityForNinetyDaysIsInactiveButBotsErasedAndRecentMembersAreNot() {
        fixture();
        checker.check(JUNE_15);
        List<String> inactive = subjects(AlertKind.MEMBER_INACTIVE);
        assertTrue(inactive.contains("Ivy"), inactive.toString());
        assertFalse(inactive.contains("Robot"), inactive.toString());
        assertFalse(inactive.contains("Eve"), inactive.toString());
        assertFalse(inactive.contains("Kim"), inactive.toString());
        assertFalse(inactive.contains("Sue"), "staff never alerts: " + inactive);
        assertTrue(alerts(AlertKind.MEMBER_INACTIVE).stream()
                .noneMatch(a -> a.subjectName().equals("Rex") && a.period().equals("2024-06-10")));
        AlertView ivy = alerts(AlertKind.MEMBER_INACTIVE).stream().filter(a -> a.subjectName().equals("Ivy"))
                .findFirst().orElseThrow();
        assertEquals("Ivy: no activity for 115 days, the last on 2024-02-20", ivy.message());
    }

    @Test
    void aMemberActiveAgainAfterTheSpellReturnsAndAShortGapIsNoReturn() {
        fixture();
        checker.check(JUNE_15);
        assertEquals(List.of("Rex"), subjects(AlertKind.MEMBER_RETURNED));
        assertEquals("Rex is back: active on 2024-06-10 after 253 days without activity (the last on 2023-10-01)",
                alerts(AlertKind.MEMBER_RETURNED).get(0).message());
    }

    @Test
    void checkingTwiceOrLaterInTheSameSpellRaisesNothingNew() {
        fixture();
        checker.check(MARCH_5);
        checker.check(JUNE_15);
        long stored = jdbc.count("SELECT COUNT(*) FROM alert");
        assertEquals(List.of(), checker.check(MARCH_5).raised());
        assertEquals(List.of(), checker.check(JUNE_15).raised());
        assertEquals(stored, jdbc.count("SELECT COUNT(*) FROM alert"));
        assertEquals(List.of(), checker.check(JUNE_15.plusSeconds(5 * 86_400)).raised().stream()
                .filter(a -> a.subjectName().equals("Ivy")).toList(), "the same silence alerts once");
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM alert WHERE kind = 'MEMBER_INACTIVE' AND subject_name = 'Ivy'"));
    }

    @Test
    void acknowledgingMovesAnAlertBehindTheOpenOnes() {
        fixture();
        checker.check(MARCH_5);
        AlertView drop = alerts(AlertKind.ACTIVITY_DROP).get(0);
        AlertView acknowledged = inbox.acknowledge(drop.id());
        assertEquals(AlertStatus.ACKNOWLEDGED, acknowledged.status());
        List<AlertView> all = inbox.list(null, null);
        assertEquals(drop.id(), all.get(all.size() - 1).id());
        assertTrue(inbox.list(AlertStatus.OPEN, null).stream().noneMatch(a -> a.id() == drop.id()));
        assertThrows(NotFoundException.class, () -> inbox.acknowledge(Long.MAX_VALUE));
    }
}
