package org.partnersplatform.core.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.organization.OrganizationAliases;
import org.partnersplatform.core.organization.OrganizationCommand;
import org.partnersplatform.core.organization.OrganizationService;
import org.partnersplatform.core.organization.PeopleFixture;
import org.partnersplatform.core.testing.Jdbc;

/** Bulk import and export of affiliations and organization domains as CSV. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffiliationImportTest implements TestPropertyProvider {

    private Jdbc jdbc;
    private PeopleFixture people;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationAliases aliases;

    @Inject
    AffiliationService affiliations;

    @Inject
    AffiliationImport affiliationImport;

    @Inject
    AffiliationExport affiliationExport;

    @Inject
    DomainImport domainImport;

    @Inject
    DomainExport domainExport;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = PeopleFixture.properties();
        jdbc = new Jdbc(properties);
        return properties;
    }

    private PeopleFixture people() {
        if (people == null) {
            people = new PeopleFixture(installations, syncs, jdbc);
        }
        return people;
    }

    @Test
    void aDryRunChangesNothingAndApplyingChangesExactlyWhatItSaid() {
        organizations.create(new OrganizationCommand("Imp Acme", null, null), List.of());
        organizations.create(new OrganizationCommand("Imp Globex", null, null), List.of());
        aliases.add("imp-globex", "Globex International");
        people().sync(false, "im1;commit;2023-06-01T10:00:00Z;ada-im;Ada;ada@gmail.com;false",
                "im2;commit;2024-06-01T10:00:00Z;ada-im-work;Ada;ADA@work.example;false",
                "im3;commit;2024-06-01T10:00:00Z;bea-im;Bea;bea@gmail.com;false");
        jdbc.update("UPDATE identity SET member_id = ? WHERE email = 'ada@work.example'",
                people().member("ada@gmail.com"));
        long bea = people().member("bea@gmail.com");
        affiliations.add(bea, new AffiliationCommand("imp-acme", "2024-01-01", null, null, null, false));
        String csv = """
                name,email,organization,from,to
                Ada,ada@gmail.com,imp-acme,,2023-12-31
                "Ada, at work",ada@work.example,"Globex International",2024-01-01,
                Ada,ada@gmail.com,Imp Globex,2024-01-01,
                Bea,bea@gmail.com,imp-acme,2024-01-01,
                Bea,bea@gmail.com,imp-acme,2023-06-01,2024-03-31
                Cy,cy@nowhere.example,imp-acme,,
                Ada,ada@gmail.com,Imp Initech,,
                Ada,ada@gmail.com,imp-acme,2024-05-01,2024-04-01
                ,,imp-acme,,
                """;
        List<String> before = jdbc.column("SELECT id || ':' || organization_id FROM affiliation ORDER BY id");

        ImportReport dryRun = affiliationImport.dryRun(csv);

        assertEquals(before, jdbc.column("SELECT id || ':' || organization_id FROM affiliation ORDER BY id"));
        assertFalse(dryRun.applied());
        assertEquals(List.of("2 ADD", "3 ADD", "4 UNCHANGED", "5 UNCHANGED", "6 CONFLICT", "7 UNKNOWN_EMAIL",
                "8 UNKNOWN_ORGANIZATION", "9 INVALID", "10 INVALID"), outcomes(dryRun));
        assertEquals("the same as line 3", dryRun.rows().get(2).message(), "Ada's two emails make one affiliation");
        assertTrue(dryRun.rows().get(4).message().startsWith("overlaps affiliation #"), dryRun.rows().get(4).message());
        assertEquals("to: is on or after from (2024-05-01)", dryRun.rows().get(7).message());
        assertEquals("email: is required: an email address", dryRun.rows().get(8).message());
        assertEquals(Map.of("ADD", 2, "UNCHANGED", 2, "CONFLICT", 1, "UNKNOWN_EMAIL", 1, "UNKNOWN_ORGANIZATION", 1,
                "INVALID", 2), names(dryRun.counts()));

        ImportReport applied = affiliationImport.apply(csv, "importer");

        assertTrue(applied.applied());
        assertEquals(outcomes(dryRun), outcomes(applied));
        long ada = people().member("ada@gmail.com");
        assertEquals(List.of("IMPORT imp-acme - 2023-12-31", "IMPORT imp-globex 2024-01-01 -"),
                people().affiliationsOf(ada));
        assertEquals(List.of("imp-acme", "imp-globex"), List.of(people().organizationOf("im1"),
                people().organizationOf("im2")));
        assertEquals("imported by importer, line 2", affiliations.list(ada).get(0).note());
        assertEquals(before.size() + 2, jdbc.count("SELECT COUNT(*) FROM affiliation"));
    }

    @Test
    void theExportHasARowPerEmailAndAffiliationAndImportsBackUnchanged() {
        organizations.create(new OrganizationCommand("Exp Co", null, null), List.of("exp-co.io"));
        people().sync(false, "ex1;commit;2024-06-01T10:00:00Z;eli-ex;=Eli, \"the\" exporter;eli@exp-co.io;false",
                "ex2;commit;2024-06-01T10:00:00Z;eli-ex-gh;Eli;eli@exp-co.io;false");

        String csv = affiliationExport.csv();

        assertTrue(csv.startsWith("email,name,organization,from,to,origin\n"), csv);
        List<String> eli = csv.lines().filter(line -> line.startsWith("eli@exp-co.io")).toList();
        assertEquals(List.of("eli@exp-co.io,\"'=Eli, \"\"the\"\" exporter\",exp-co,,,EMAIL_DOMAIN"), eli,
                "one row for the email however many identities use it; a formula-like name defused");
        ImportReport again = affiliationImport.dryRun(csv);
        assertTrue(again.rows().stream().allMatch(row -> row.outcome() == ImportOutcome.UNCHANGED),
                again.rows().toString());
    }

    @Test
    void domainsImportWithADryRunAndReapplyTheDomainRule() {
        organizations.create(new OrganizationCommand("Dom One", null, null), List.of("dom-one.io"));
        organizations.create(new OrganizationCommand("Dom Two", null, null), List.of());
        people().sync(false, "dm1;commit;2024-06-01T10:00:00Z;dan-dm;Dan;dan@dom-two.io;false");
        String csv = """
                organization,domain
                dom-two,DOM-TWO.io
                Dom Two,dom-two.io
                dom-two,dom-one.io
                dom-one,dom-one.io
                Dom Three,dom-three.io
                dom-two,gmail.com
                dom-one,dom-two.io
                """;

        ImportReport dryRun = domainImport.dryRun(csv);
        assertEquals("independent", people().organizationOf("dm1"));
        ImportReport applied = domainImport.apply(csv, "importer");

        assertEquals(List.of("2 ADD", "3 UNCHANGED", "4 CONFLICT", "5 UNCHANGED", "6 UNKNOWN_ORGANIZATION",
                "7 INVALID", "8 CONFLICT"), outcomes(dryRun));
        assertEquals(outcomes(dryRun), outcomes(applied));
        assertTrue(dryRun.rows().get(2).message().contains("belongs to Dom One (dom-one)"),
                dryRun.rows().get(2).message());
        assertEquals("line 2 gives dom-two.io to another organization", dryRun.rows().get(6).message());
        assertEquals("dom-two", people().organizationOf("dm1"));
        assertTrue(domainExport.csv().contains("dom-one,dom-one.io\ndom-two,dom-two.io\n"), domainExport.csv());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        InvalidRequestException noColumn = assertThrows(InvalidRequestException.class,
                () -> affiliationImport.dryRun("email,company\na@b.example,acme\n"));
        InvalidRequestException unclosed = assertThrows(InvalidRequestException.class,
                () -> affiliationImport.dryRun("email,organization\n\"a@b.example,acme\n"));
        InvalidRequestException empty = assertThrows(InvalidRequestException.class,
                () -> domainImport.dryRun("  "));
        InvalidRequestException tooLong = assertThrows(InvalidRequestException.class,
                () -> domainImport.dryRun("organization,domain\n" + "a,b.example\n".repeat(10_001)));

        assertEquals("the header line lacks the column(s) organization; expected the columns email,organization"
                + " (and optionally from,to); nothing was imported", noColumn.getMessage());
        assertTrue(unclosed.getMessage().contains("the quoted field that starts on line 2 is not closed"),
                unclosed.getMessage());
        assertTrue(empty.getMessage().startsWith("the file is empty"), empty.getMessage());
        assertTrue(tooLong.getMessage().contains("more than 10000 rows"), tooLong.getMessage());
    }

    private static List<String> outcomes(ImportReport report) {
        return report.rows().stream().map(row -> row.line() + " " + row.outcome()).toList();
    }

    private static Map<String, Integer> names(Map<ImportOutcome, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }
}
