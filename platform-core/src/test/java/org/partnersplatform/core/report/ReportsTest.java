package org.partnersplatform.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.InvalidRequestException;
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
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Reports on a fixture synced through a real run. Weights: pull_request_merged 5, commit 1 (contributions), comment
 * 0.5 (a conversation). The top is 6 here. February 2024 against January, by hand:
 * organizations by contributions Acme 8 (Jan 5, 2nd), Globex 2 (Jan 10, 1st); with conversations Globex 2.5 (Jan 10);
 * individuals by contributions Alice 6, Dave 5, Bob 2 (new), Carol 1, Fay 1 (new), Hana 1 (new) (Jan: Carol 10,
 * Alice 5, Dave 1); with conversations Carol 1.5, Fay 1 (Jan 0.5, 4th) and Gus 0.5 (7th, beyond the top). Sam counts
 * for a staff organization and Dependabot is a bot: neither appears anywhere.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final String NOTE = "Office closed for Lunar New Year; figures are *lower* than usual.";

    private Jdbc jdbc;
    private boolean synced;

    @Inject
    Reports reports;

    @Inject
    OrganizationReports organizationReports;

    @Inject
    ReportNotes notes;

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

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("partners.reports.top", "6");
        jdbc = new Jdbc(properties);
        return properties;
    }

    private synchronized void fixture() {
        if (synced) {
            return;
        }
        organization("acme", "Acme", "acme.com", false);
        organization("globex", "Globex", "globex.com", false);
        organization("staffco", "Staffco", "staff.io", true);
        ScriptedRecords.sync(installations, syncs, SOURCE, "fixture", false, List.of(
                "j1;pull_request_merged;2024-01-10T10:00:00Z;alice;Alice;alice@acme.com;false",
                "j2;pull_request_merged;2024-01-11T10:00:00Z;carol;Carol;carol@globex.com;false",
                "j3;pull_request_merged;2024-01-12T10:00:00Z;carol;Carol;carol@globex.com;false",
                "j4;commit;2024-01-20T10:00:00Z;dave;Dave;dave@gmail.com;false",
                "j5;comment;2024-01-25T10:00:00Z;fay;Fay;fay@gmail.com;false",
                "f1;pull_request_merged;2024-02-01T00:00:00Z;alice;Alice;alice@acme.com;false",
                "f2;commit;2024-02-05T10:00:00Z;alice;Alice;alice@acme.com;false",
                "f3;commit;2024-02-06T10:00:00Z;bob;Bob;bob@acme.com;false",
                "f4;commit;2024-02-07T10:00:00Z;bob;Bob;bob@acme.com;false",
                "f5;commit;2024-02-08T10:00:00Z;carol;Carol;carol@globex.com;false",
                "f6;pull_request_merged;2024-02-09T10:00:00Z;dave;Dave;dave@gmail.com;false",
                "f7;commit;2024-02-10T10:00:00Z;fay;Fay;fay@gmail.com;false",
                "f8;comment;2024-02-11T10:00:00Z;gus;Gus;gus@gmail.com;false",
                "f9;pull_request_merged;2024-02-12T10:00:00Z;dependabot;Dependabot;bot@acme.com;true",
                "f10;pull_request_merged;2024-02-13T10:00:00Z;sam;Sam;sam@staff.io;false",
                "f11;comment;2024-02-14T10:00:00Z;carol;Carol;carol@globex.com;false",
                "f12;commit;2024-02-15T10:00:00Z;hana;Hana [HK];hana@globex.com;false",
                "m1;pull_request_merged;2024-03-01T00:00:00Z;dave;Dave;dave@gmail.com;false",
                "p1;commit;2024-04-03T10:00:00Z;ivy;Ivy;ivy@gmail.com;false",
                "p2;commit;2024-04-04T10:00:00Z;jon;Jon;jon@gmail.com;false"));
        jdbc.update("UPDATE member SET erased_at = CURRENT_TIMESTAMP WHERE display_name = 'Ivy'");
        notes.set(YearMonth.of(2024, 2), NOTE, "admin");
        synced = true;
    }

    private void organization(String slug, String name, String domain, boolean staff) {
        Organization saved = organizations.save(Organization.create(slug, name, null, null,
                OrganizationStatus.CONFIRMED, staff, Instant.now()));
        domains.save(new OrganizationDomain(null, saved.id(), domain));
    }

    @Test
    void theMonthlyShoutOutInMarkdownIsExactlyTheHandCheckedGoldenFile() throws IOException {
        fixture();
        assertEquals(golden("shout-out-2024-02.md"), MarkdownReport.of(reports.monthly("2024-02")));
    }

    @Test
    void newContributorsAreFirstContributionsEverAndNewMembersFirstActivitiesEver() {
        fixture();
        Report february = reports.monthly("2024-02");

        assertEquals(List.of("Bob Acme 2024-02-06", "Fay - 2024-02-10", "Hana [HK] Globex 2024-02-15"),
                describe(february.newContributors()));
        assertEquals(List.of("Bob Acme 2024-02-06", "Gus - 2024-02-11", "Hana [HK] Globex 2024-02-15"),
                describe(february.newMembers()));
    }

    @Test
    void anErasedPersonIsNeverANewcomer() {
        fixture();
        Report april = reports.monthly("2024-04");

        assertEquals(List.of("Jon - 2024-04-04"), describe(april.newContributors()));
        assertEquals(List.of("Jon - 2024-04-04"), describe(april.newMembers()));
    }

    @Test
    void eachRankedSectionKeepsOnlyTheConfiguredTop() {
        fixture();
        RankedSection active = reports.monthly("2024-02").sections().get(3);

        assertEquals("individuals-activity", active.key());
        assertEquals(6, active.entries().size());
        assertFalse(active.entries().stream().anyMatch(e -> e.name().equals("Gus")));
    }

    @Test
    void theMonthsNoteIsShownWithItsReportAndAQuartersReportShowsTheNotesOfItsMonths() {
        fixture();
        assertEquals(List.of(new ReportNote("2024-02", NOTE)), reports.monthly("2024-02").notes());
        assertEquals(List.of(), reports.monthly("2024-01").notes());
        assertEquals(List.of(new ReportNote("2024-02", NOTE)), reports.quarterly("2024-Q1").notes());
    }

    @Test
    void aBlankNoteClearsItAndATooLongNoteIsRefused() {
        fixture();
        YearMonth may = YearMonth.of(2024, 5);
        notes.set(may, "Holidays", "admin");
        assertTrue(notes.of(may).isPresent());

        assertTrue(notes.set(may, "  ", "admin").isEmpty());
        assertTrue(notes.of(may).isEmpty());
        InvalidRequestException tooLong = assertThrows(InvalidRequestException.class,
                () -> notes.set(may, "x".repeat(ReportNotes.MAX_LENGTH + 1), "admin"));
        assertTrue(tooLong.problems().get("note").contains("at most 2000"));
    }

    @Test
    void aQuarterlyReportRanksTheWholeQuarterAgainstTheQuarterBefore() {
        fixture();
        Report quarter = reports.quarterly("2024-Q1");

        assertEquals("quarterly", quarter.type());
        assertFalse(quarter.partial());
        assertEquals(List.of("1 Acme 13 new", "2 Globex 12 new"), describeRanks(quarter.sections().get(0)));
        assertEquals(List.of("Alice", "Carol", "Dave", "Bob", "Fay", "Hana [HK]"),
                quarter.newContributors().stream().map(Newcomer::name).toList());
    }

    @Test
    void aPeriodStillRunningIsPartialAndOneNotStartedIsRefused() {
        fixture();
        YearMonth now = time.currentMonth();
        int quarterOfNow = (now.getMonthValue() - 1) / 3 + 1;

        assertTrue(reports.quarterly(now.getYear() + "-Q" + quarterOfNow).partial());
        assertTrue(reports.annual(Integer.toString(now.getYear())).partial());
        assertFalse(reports.annual("2024").partial());
        assertThrows(InvalidRequestException.class, () -> reports.annual(Integer.toString(now.getYear() + 1)));
        InvalidRequestException notOver = assertThrows(InvalidRequestException.class,
                () -> reports.monthly(now.toString()));
        assertTrue(notOver.getMessage().contains("is not over yet"), notOver.getMessage());
        assertThrows(InvalidRequestException.class, () -> reports.quarterly("2024-Q5"));
        assertThrows(InvalidRequestException.class, () -> reports.monthly("2024-13"));
    }

    @Test
    void anOrganizationsQuarterListsItsPeopleItsMonthsAndItsNewContributors() {
        fixture();
        OrganizationReport acme = organizationReports.quarterly("acme", "2024-Q1");

        assertEquals("Acme", acme.name());
        assertEquals(1, acme.contributing().rank());
        assertEquals("13", acme.contributing().score().toPlainString());
        assertEquals(List.of("Alice 11 3 0", "Bob 2 2 0"), acme.contributors().stream()
                .map(e -> e.name() + " " + e.score().toPlainString() + " " + e.contributions() + " "
                        + e.conversations()).toList());
        assertEquals(List.of("2024-01 5 5 2023-10 0 0", "2024-02 8 8 2023-11 0 0", "2024-03 0 0 2023-12 0 0"),
                acme.trend().stream().map(t -> t.month() + " " + t.contributionScore().toPlainString() + " "
                        + t.activityScore().toPlainString() + " " + t.previousMonth() + " "
                        + t.previousContributionScore().toPlainString() + " "
                        + t.previousActivityScore().toPlainString()).toList());
        assertEquals(List.of("Alice", "Bob"), acme.newContributors().stream().map(Newcomer::name).toList());
        assertNull(organizationReports.quarterly("staffco", "2024-Q1").contributing());
        assertThrows(NotFoundException.class, () -> organizationReports.quarterly("nobody", "2024-Q1"));
    }

    @Test
    void anOrganizationsQuarterInMarkdownGivesItsStandingItsPeopleItsMonthsAndItsNewcomers() {
        fixture();
        assertEquals("""
                # Acme, 2024-Q1

                - Top contributing: rank 1, score 13 (new)
                - Most active: rank 1, score 13 (new)

                ## Contributors

                1. **Alice**: 11 (3 contributions, 0 conversations)
                2. **Bob**: 2 (2 contributions, 0 conversations)

                ## Month by month

                - January 2024: contributing 5, active 5 (October 2023: 0, 0)
                - February 2024: contributing 8, active 8 (November 2023: 0, 0)
                - March 2024: contributing 0, active 0 (December 2023: 0, 0)

                ## New contributors (2)

                - Alice (Acme)
                - Bob (Acme)
                """, MarkdownReport.of(organizationReports.quarterly("acme", "2024-Q1")));
    }

    @Test
    void theCsvHasOneQuotedRowPerRankedEntryWithItsSection() {
        fixture();
        String csv = CsvReport.of(reports.monthly("2024-02"));
        List<String> lines = List.of(csv.split("\r\n"));

        assertEquals("section,rank,name,slug,score,contributions,conversations,rank_change,score_change",
                lines.get(0));
        assertEquals(1 + 2 + 2 + 6 + 6, lines.size());
        assertEquals("organizations-activity,2,Globex,globex,2.5,2,1,-1,-7.5", lines.get(4));
        assertTrue(lines.get(10).matches("individuals-contributions,6,Hana \\[HK\\],member-\\d+,1,1,0,,1"),
                lines.get(10));
    }

    private static List<String> describe(List<Newcomer> people) {
        return people.stream().map(p -> p.name() + " " + (p.organization() == null ? "-" : p.organization()) + " "
                + p.firstOn()).toList();
    }

    private static List<String> describeRanks(RankedSection section) {
        return section.entries().stream().map(e -> e.rank() + " " + e.name() + " " + e.score().toPlainString() + " "
                + (e.rankChange() == null ? "new" : e.rankChange().toString())).toList();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ReportsTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
