package org.partnersplatform.core.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.leaderboard.LeaderboardEntry;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.testing.Jdbc;

/** Creating, editing, listing and finding organizations; aliases; the staff flag. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationServiceTest implements TestPropertyProvider {

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
    OrganizationLookup lookup;

    @Inject
    LeaderboardService leaderboards;

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
    void anOrganizationIsCreatedWithASlugFromItsNameAndItsDomainsAffiliateItsPeople() {
        people().sync(false, "cr2;commit;2024-02-01T10:00:00Z;cid-cr;Cid;cid@creature.example;false");

        OrganizationView created = organizations.create(new OrganizationCommand("  Créature Labs, GmbH ",
                "https://creature.example", "deu"), List.of("creature.example"));

        assertEquals(List.of("creature-labs-gmbh", "Créature Labs, GmbH", "DEU", "CONFIRMED"), List.of(created.slug(),
                created.name(), created.country(), created.status().name()));
        assertEquals(List.of("creature.example"), created.domains());
        assertEquals(1, created.membersToday(), "Cid, whose email is on the domain, counts for it today");
        assertEquals("creature-labs-gmbh", people().organizationOf("cr2"));
    }

    @Test
    void badFieldsAreRefusedEachWithItsProblem() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> organizations.create(
                new OrganizationCommand(" ", "ftp://files.example", "XX"), List.of("ok.example", "not a domain")));

        assertEquals(Map.of("name", "is required: a name with a letter or digit, at most 200 characters",
                "website", "is an http(s) address of at most 500 characters",
                "country", "is an ISO 3166-1 alpha-3 code, e.g. DEU",
                "domains[1]", "is a domain name such as acme.com"), refused.problems());
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM organization_domain WHERE domain = 'ok.example'"));
    }

    @Test
    void aSecondOrganizationWithTheSameSlugOrAReservedOneIsRefused() {
        organizations.create(new OrganizationCommand("Twice", null, null), List.of());

        ConflictException twice = assertThrows(ConflictException.class,
                () -> organizations.create(new OrganizationCommand("TWICE!", null, null), List.of()));
        InvalidRequestException reserved = assertThrows(InvalidRequestException.class,
                () -> organizations.create(new OrganizationCommand("Merges", null, null), List.of()));

        assertTrue(twice.getMessage().contains("the slug twice exists already: Twice"), twice.getMessage());
        assertTrue(reserved.problems().get("name").contains("\"merges\""), reserved.problems().toString());
    }

    @Test
    void anUpdateRenamesAndKeepsTheSlug() {
        organizations.create(new OrganizationCommand("Oldname", "https://old.example", "FRA"), List.of());

        OrganizationView updated = organizations.update("oldname", new OrganizationCommand("Newname", null, "ita"));

        assertEquals(List.of("oldname", "Newname", "ITA"), List.of(updated.slug(), updated.name(), updated.country()));
        assertEquals(null, updated.website());
        assertThrows(NotFoundException.class, () -> organizations.update("nobody", new OrganizationCommand("X", null,
                null)));
    }

    @Test
    void theListFiltersByStatusWithProvisionalOnesFirst() {
        people().sync(true, "li1;commit;2024-02-01T10:00:00Z;lu-li;Lu;lu@listed-provisional.dev;false");
        organizations.create(new OrganizationCommand("Aardvark Listed", null, null), List.of());

        List<OrganizationView> all = organizations.list(null);
        List<OrganizationView> provisional = organizations.list("provisional");

        assertEquals("listed-provisional-dev", all.get(0).slug());
        assertTrue(all.stream().anyMatch(o -> o.slug().equals("aardvark-listed")));
        assertTrue(provisional.stream().allMatch(o -> o.status() == OrganizationStatus.PROVISIONAL));
        assertFalse(provisional.stream().anyMatch(o -> o.slug().equals("aardvark-listed")));
        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> organizations.list("gone"));
        assertEquals(Map.of("status", "is CONFIRMED, PROVISIONAL or DISMISSED"), bad.problems());
    }

    @Test
    void aliasesAreUniqueAcrossOrganizationsAndFindTheirOrganization() {
        organizations.create(new OrganizationCommand("Initech", null, null), List.of());
        organizations.create(new OrganizationCommand("Initrode", null, null), List.of());
        aliases.add("initech", "Initech Corp.");

        ConflictException taken = assertThrows(ConflictException.class,
                () -> aliases.add("initrode", "  initech   CORP "));
        ConflictException otherName = assertThrows(ConflictException.class, () -> aliases.add("initech", "Initrode"));

        assertTrue(taken.getMessage().contains("\"Initech Corp.\" is already an alias of Initech (initech)"),
                taken.getMessage());
        assertTrue(otherName.getMessage().contains("names Initrode (initrode)"), otherName.getMessage());
        assertEquals("initech", lookup.find("INITECH corp").organization().slug());
        assertEquals("initrode", lookup.find("initrode").organization().slug());
        assertEquals("no organization has the slug, alias or name \"Initech GmbH\"",
                lookup.find("Initech GmbH").problem());
        aliases.remove("initech", "initech corp");
        assertFalse(lookup.find("Initech Corp.").found());
    }

    @Test
    void twoOrganizationsWithOneNameAreFoundOnlyBySlug() {
        organizations.create(new OrganizationCommand("Apex Inc", null, null), List.of());
        organizations.create(new OrganizationCommand("Apex Two", null, null), List.of());
        organizations.update("apex-two", new OrganizationCommand("APEX, Inc.", null, null));

        OrganizationLookup.Found ambiguous = lookup.find("Apex inc");

        assertFalse(ambiguous.found());
        assertEquals("several organizations are named \"Apex inc\" (apex-inc, apex-two); use the slug",
                ambiguous.problem());
        assertEquals("apex-two", lookup.find("apex-two").organization().slug());
    }

    @Test
    void theStaffOrganizationIsLeftOutOfTheRanking() {
        organizations.create(new OrganizationCommand("Staffco", null, null), List.of("staffco.io"));
        people().sync(false, "st1;commit;2024-05-01T10:00:00Z;sia-st;Sia;sia@staffco.io;false");
        assertTrue(ranked(), "counted before it is flagged");

        OrganizationView staff = organizations.setStaff("staffco", true);

        assertTrue(staff.staff());
        assertFalse(ranked());
    }

    private boolean ranked() {
        return leaderboards.organizations(YearMonth.of(2024, 5)).entries().stream()
                .map(LeaderboardEntry::slug).anyMatch("staffco"::equals);
    }
}
