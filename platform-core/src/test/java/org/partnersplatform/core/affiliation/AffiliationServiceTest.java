package org.partnersplatform.core.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.partnersplatform.core.identity.AffiliationOrigin;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.leaderboard.LeaderboardEntry;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.organization.OrganizationCommand;
import org.partnersplatform.core.organization.OrganizationService;
import org.partnersplatform.core.organization.PeopleFixture;
import org.partnersplatform.core.testing.Jdbc;

/** Dated affiliations set by hand, and what they do to the activities and the monthly ranking. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffiliationServiceTest implements TestPropertyProvider {

    private Jdbc jdbc;
    private PeopleFixture people;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationService organizations;

    @Inject
    AffiliationService affiliations;

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

    private void organization(String name, String... domainNames) {
        organizations.create(new OrganizationCommand(name, null, null), List.of(domainNames));
    }

    private static AffiliationCommand manual(String organization, String from, String to) {
        return new AffiliationCommand(organization, from, to, null, null, false);
    }

    @Test
    void overlappingRangesForOnePersonAndOrganizationAreRefusedNamingTheExistingAffiliation() {
        organization("Overlapco");
        people().sync(false, "ov1;commit;2024-02-01T10:00:00Z;oli-ov;Oli;oli@gmail.com;false");
        long oli = people().member("oli@gmail.com");
        AffiliationView first = affiliations.add(oli, manual("overlapco", "2024-01-01", "2024-06-30"));

        ConflictException refused = assertThrows(ConflictException.class,
                () -> affiliations.add(oli, manual("overlapco", "2024-06-30", null)));
        affiliations.add(oli, manual("overlapco", "2024-07-01", null));
        ConflictException edited = assertThrows(ConflictException.class,
                () -> affiliations.update(oli, first.id(), manual("overlapco", "2024-01-01", "2024-12-31")));

        assertEquals("Oli (member #" + oli + ") already has affiliation #" + first.id() + " with Overlapco from"
                + " 2024-01-01 to 2024-06-30 (MANUAL), which overlaps from 2024-06-30 on; ranges of one person with one"
                + " organization may not overlap: change or delete it first", refused.getMessage());
        assertTrue(edited.getMessage().contains("from 2024-07-01 on (MANUAL)"), edited.getMessage());
        assertEquals(List.of("MANUAL overlapco 2024-01-01 2024-06-30", "MANUAL overlapco 2024-07-01 -"),
                people().affiliationsOf(oli));
    }

    @Test
    void aPersonWhoMovesFromAToBOnADateCountsForABeforeAndForBFromThatDay() {
        organization("Movers A", "movers-a.com");
        organization("Movers B");
        people().sync(false,
                "mv1;pull_request_merged;2024-01-15T10:00:00Z;moe-mv;Moe;moe@movers-a.com;false",
                "mv2;pull_request_merged;2024-02-29T23:00:00Z;moe-mv;Moe;moe@movers-a.com;false",
                "mv3;pull_request_merged;2024-03-01T00:30:00Z;moe-mv;Moe;moe@movers-a.com;false",
                "mv4;pull_request_merged;2024-04-10T10:00:00Z;moe-mv;Moe;moe@movers-a.com;false");
        long moe = people().member("moe@movers-a.com");
        assertEquals("movers-a", people().organizationOf("mv4"), "the email domain says A");

        affiliations.add(moe, new AffiliationCommand("movers-b", "2024-03-01", null, null, "moved", true));

        assertEquals(List.of("movers-a", "movers-a", "movers-b", "movers-b"), List.of(people().organizationOf("mv1"),
                people().organizationOf("mv2"), people().organizationOf("mv3"), people().organizationOf("mv4")));
        assertEquals(List.of("MANUAL movers-a - 2024-02-29", "MANUAL movers-b 2024-03-01 -"),
                people().affiliationsOf(moe), "the automatic A ended on the day before, and became MANUAL");
        assertEquals(List.of("movers-a"), ranked(YearMonth.of(2024, 2)));
        assertEquals(List.of("movers-b"), ranked(YearMonth.of(2024, 3)));
    }

    @Test
    void deletingAnAffiliationMovesItsActivitiesToWhatHoldsWithoutIt() {
        organization("Deleteco");
        people().sync(false, "dl1;commit;2024-02-01T10:00:00Z;dee-dl;Dee;dee@gmail.com;false");
        long dee = people().member("dee@gmail.com");
        AffiliationView added = affiliations.add(dee, manual("deleteco", null, null));
        assertEquals("deleteco", people().organizationOf("dl1"));

        affiliations.delete(dee, added.id());

        assertEquals("independent", people().organizationOf("dl1"));
        assertThrows(NotFoundException.class, () -> affiliations.delete(dee, added.id()));
    }

    @Test
    void theListShowsOriginNoteAndSetAsideState() {
        organization("Listco", "listco.io");
        organization("Earlier Listco");
        people().sync(false, "ls1;commit;2024-02-01T10:00:00Z;lee-ls;Lee;lee@listco.io;false");
        long lee = people().member("lee@listco.io");
        affiliations.add(lee, new AffiliationCommand("Earlier Listco", "2020-01-01", "2020-12-31", "self_declared",
                "told us", false));

        List<AffiliationView> listed = affiliations.list(lee);

        assertEquals(List.of(AffiliationOrigin.EMAIL_DOMAIN, AffiliationOrigin.SELF_DECLARED),
                listed.stream().map(AffiliationView::origin).toList());
        assertEquals("email domain listco.io", listed.get(0).note());
        assertEquals("told us", listed.get(1).note());
        assertEquals(List.of(false, false), listed.stream().map(AffiliationView::setAside).toList());
    }

    @Test
    void badInputIsRefusedWithAProblemPerField() {
        people().sync(false, "bd1;commit;2024-02-01T10:00:00Z;bo-bd;Bo;bo@gmail.com;false");
        long bo = people().member("bo@gmail.com");

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> affiliations.add(bo,
                new AffiliationCommand("nowhere", "2024-13-01", "yesterday", "EMAIL_DOMAIN", "x".repeat(1001), false)));
        InvalidRequestException backwards = assertThrows(InvalidRequestException.class, () -> affiliations.add(bo,
                new AffiliationCommand(null, "2024-05-01", "2024-04-30", null, null, true)));
        InvalidRequestException moveWithoutDate = assertThrows(InvalidRequestException.class, () -> affiliations.add(
                bo, new AffiliationCommand("nowhere", null, null, null, null, true)));

        assertEquals(Map.of("organization", "no organization has the slug, alias or name \"nowhere\"",
                "from", "\"2024-13-01\" is not a date YYYY-MM-DD", "to", "\"yesterday\" is not a date YYYY-MM-DD",
                "origin", "is MANUAL, SELF_DECLARED or IMPORT (EMAIL_DOMAIN is set by the domain rule only)",
                "note", "is at most 1000 characters"), refused.problems());
        assertEquals("is on or after from (2024-05-01)", backwards.problems().get("to"));
        assertEquals("no organization is given", backwards.problems().get("organization"));
        assertEquals("is required to end the previous affiliations on the day before",
                moveWithoutDate.problems().get("from"));
        assertEquals(List.of(), people().affiliationsOf(bo));
    }

    @Test
    void onlyAnActivePersonsAffiliationsChange() {
        organization("Activeco");
        people().sync(false, "ac1;commit;2024-02-01T10:00:00Z;ari-ac;Ari;ari@gmail.com;false",
                "ac2;commit;2024-02-01T10:00:00Z;aya-ac;Aya;aya@gmail.com;false");
        long ari = people().member("ari@gmail.com");
        long aya = people().member("aya@gmail.com");
        jdbc.update("UPDATE member SET merged_into_id = ? WHERE id = ?", aya, ari);

        ConflictException merged = assertThrows(ConflictException.class,
                () -> affiliations.add(ari, manual("activeco", null, null)));
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> affiliations.add(987654321L, manual("activeco", null, null)));

        assertTrue(merged.getMessage().contains("was merged into member #" + aya), merged.getMessage());
        assertEquals("there is no member #987654321", unknown.getMessage());
    }

    private List<String> ranked(YearMonth month) {
        return leaderboards.organizations(month).entries().stream().map(LeaderboardEntry::slug)
                .filter(slug -> slug.startsWith("movers")).toList();
    }
}
