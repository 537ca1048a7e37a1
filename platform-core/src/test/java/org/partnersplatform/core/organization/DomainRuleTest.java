package org.partnersplatform.core.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.affiliation.AffiliationCommand;
import org.partnersplatform.core.affiliation.AffiliationService;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.Jdbc;

/**
 * The email domain rule as organizations and their domains change, through real syncs: who it moves, and whom it
 * never touches (affiliations a person set, locked members, the people of a dismissed domain).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainRuleTest implements TestPropertyProvider {

    private Jdbc jdbc;
    private PeopleFixture people;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationDomains domains;

    @Inject
    ProvisionalOrganizations provisional;

    @Inject
    AffiliationService affiliations;

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

    @Test
    void addingADomainAffiliatesItsPeopleAndSubdomainsAndRemovingItMakesThemIndependent() {
        people().sync(false,
                "ad1;commit;2024-02-01T10:00:00Z;ann-ad;Ann;ann@addco.com;false",
                "ad2;commit;2024-02-01T11:00:00Z;ben-ad;Ben;ben@eu.addco.com;false",
                "ad3;commit;2024-02-01T12:00:00Z;gus-ad;Gus;gus@gmail.com;false");
        assertEquals("independent", people().organizationOf("ad1"), "nobody owns addco.com yet");
        organization("Addco");

        domains.add("addco", " AddCo.com ");

        assertEquals(List.of("addco", "addco", "independent"), List.of(people().organizationOf("ad1"),
                people().organizationOf("ad2"), people().organizationOf("ad3")));
        assertEquals(List.of("EMAIL_DOMAIN addco - -"), people().affiliationsOf(people().member("ann@addco.com")));

        domains.remove("addco", "addco.com");

        assertEquals("independent", people().organizationOf("ad1"));
        assertEquals("independent", people().organizationOf("ad2"));
        assertEquals(List.of(), people().affiliationsOf(people().member("ben@eu.addco.com")));
    }

    @Test
    void theMostSpecificDomainWinsWhenASubdomainIsGivenToAnotherOrganization() {
        organization("Parentco", "parent.io");
        people().sync(false, "sp1;commit;2024-02-01T10:00:00Z;sam-sp;Sam;sam@lab.parent.io;false",
                "sp2;commit;2024-02-01T10:00:00Z;sue-sp;Sue;sue@parent.io;false");
        assertEquals("parentco", people().organizationOf("sp1"));
        organization("Labco");

        domains.add("labco", "lab.parent.io");

        assertEquals("labco", people().organizationOf("sp1"));
        assertEquals("parentco", people().organizationOf("sp2"));
        assertEquals(List.of("EMAIL_DOMAIN labco - -"), people().affiliationsOf(people().member("sam@lab.parent.io")),
                "the automatic affiliation moved; there is still one");
    }

    @Test
    void aManualAffiliationIsNotOverwrittenByALaterDomainRule() {
        organization("Manualco");
        people().sync(false, "mn1;commit;2024-02-01T10:00:00Z;mia-mn;Mia;mia@later-domain.io;false");
        long mia = people().member("mia@later-domain.io");
        affiliations.add(mia, new AffiliationCommand("manualco", null, null, null, "her contract", false));
        assertEquals("manualco", people().organizationOf("mn1"));

        organization("Later Domain", "later-domain.io");
        people().sync(false, "mn2;commit;2024-03-01T10:00:00Z;mia-mn;Mia;mia@later-domain.io;false");

        assertEquals("manualco", people().organizationOf("mn1"));
        assertEquals("manualco", people().organizationOf("mn2"));
        assertTrue(people().affiliationsOf(mia).contains("MANUAL manualco - -"),
                people().affiliationsOf(mia).toString());
        assertEquals("her contract", jdbc.value(
                "SELECT note FROM affiliation WHERE member_id = ? AND origin = 'MANUAL'", mia));
    }

    @Test
    void anAutomaticAffiliationEditedByHandIsNeverChangedByTheDomainRuleAgain() {
        organization("Editco", "editco.io");
        people().sync(false, "ed1;commit;2024-01-10T10:00:00Z;eve-ed;Eve;eve@editco.io;false",
                "ed2;commit;2024-06-10T10:00:00Z;eve-ed;Eve;eve@editco.io;false");
        long eve = people().member("eve@editco.io");
        long automatic = Long.parseLong(jdbc.value("SELECT id FROM affiliation WHERE member_id = ?", eve));
        affiliations.update(eve, automatic, new AffiliationCommand("editco", null, "2024-03-31", null, null, false));
        assertEquals("independent", people().organizationOf("ed2"), "she left at the end of March");

        domains.remove("editco", "editco.io");
        domains.add("editco", "editco.io");

        assertEquals(List.of("MANUAL editco - 2024-03-31"), people().affiliationsOf(eve));
        assertEquals("editco", people().organizationOf("ed1"));
        assertEquals("independent", people().organizationOf("ed2"));
    }

    @Test
    void aLockedMemberIsUntouchedByTheDomainRule() {
        people().sync(false, "lo1;commit;2024-02-01T10:00:00Z;leo-lo;Leo;leo@lockco.io;false",
                "lo2;commit;2024-02-01T11:00:00Z;lia-lo;Lia;lia@lockco.io;false");
        long leo = people().member("leo@lockco.io");
        jdbc.update("UPDATE member SET locked = TRUE WHERE id = ?", leo);

        organization("Lockco", "lockco.io");
        people().sync(false, "lo3;commit;2024-02-02T10:00:00Z;leo-lo-2;Leo;leo@lockco.io;false");

        assertEquals("lockco", people().organizationOf("lo2"), "the rule ran for Lia");
        assertEquals("independent", people().organizationOf("lo1"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM activity WHERE member_id = ? AND organization_id IS NOT NULL",
                leo), "nor does a new identity of Leo's change him");
        assertEquals(List.of(), people().affiliationsOf(leo));
    }

    @Test
    void aDismissedProvisionalOrganizationIsNotRecreatedByALaterSyncAndItsPeopleStayIndependent() {
        people().sync(true, "di1;commit;2024-02-01T10:00:00Z;pia-di;Pia;pia@dismissme.dev;false",
                "di2;commit;2024-02-01T11:00:00Z;pete-di;Pete;pete@dismissme.dev;false");
        assertEquals("dismissme-dev", people().organizationOf("di1"));
        assertEquals(OrganizationStatus.PROVISIONAL, organizations.get("dismissme-dev").status());

        OrganizationView dismissed = provisional.dismiss("dismissme-dev");

        assertEquals(OrganizationStatus.DISMISSED, dismissed.status());
        assertEquals(List.of(), dismissed.domains());
        assertEquals(List.of("independent", "independent"), List.of(people().organizationOf("di1"),
                people().organizationOf("di2")));
        people().sync(true, "di3;commit;2024-03-01T10:00:00Z;pia-di;Pia;pia@dismissme.dev;false",
                "di4;commit;2024-03-01T11:00:00Z;nell-di;Nell;nell@dismissme.dev;false",
                "di5;commit;2024-03-01T12:00:00Z;olaf-di;Olaf;olaf@mail.dismissme.dev;false");
        assertEquals(List.of("independent", "independent", "independent"), List.of(people().organizationOf("di3"),
                people().organizationOf("di4"), people().organizationOf("di5")));
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM organization WHERE slug LIKE 'dismissme%'"
                + " OR slug LIKE 'mail-dismissme%'"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM affiliation af JOIN identity i ON i.member_id = af.member_id"
                + " WHERE i.email LIKE '%dismissme.dev'"));
    }

    @Test
    void aDismissedDomainGivenToAnOrganizationAffiliatesItsPeopleAgain() {
        people().sync(true, "rd1;commit;2024-02-01T10:00:00Z;rae-rd;Rae;rae@redo.dev;false");
        provisional.dismiss("redo-dev");
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM dismissed_domain WHERE domain = 'redo.dev'"));
        organization("Redo Inc");

        domains.add("redo-inc", "redo.dev");

        assertEquals("redo-inc", people().organizationOf("rd1"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM dismissed_domain WHERE domain = 'redo.dev'"));
    }

    @Test
    void dismissingAnOrganizationSomeoneWasAffiliatedWithByHandIsRefused() {
        people().sync(true, "hd1;commit;2024-02-01T10:00:00Z;hal-hd;Hal;hal@handset.dev;false");
        long hal = people().member("hal@handset.dev");
        long automatic = Long.parseLong(jdbc.value("SELECT id FROM affiliation WHERE member_id = ?", hal));
        affiliations.update(hal, automatic, new AffiliationCommand("handset-dev", "2024-01-01", null, null, null,
                false));

        ConflictException refused = assertThrows(ConflictException.class, () -> provisional.dismiss("handset-dev"));

        assertTrue(refused.getMessage().contains("1 affiliation(s) a person set"), refused.getMessage());
        assertEquals(OrganizationStatus.PROVISIONAL, organizations.get("handset-dev").status());
    }

    @Test
    void confirmingAProvisionalOrganizationMayRenameItAndKeepsItsSlugAndPeople() {
        people().sync(true, "co1;commit;2024-02-01T10:00:00Z;cy-co;Cy;cy@confirmco.dev;false");

        OrganizationView confirmed = provisional.confirm("confirmco-dev", "ConfirmCo");

        assertEquals(List.of("CONFIRMED", "ConfirmCo", "confirmco-dev"), List.of(confirmed.status().name(),
                confirmed.name(), confirmed.slug()));
        assertEquals("confirmco-dev", people().organizationOf("co1"));
        ConflictException again = assertThrows(ConflictException.class,
                () -> provisional.confirm("confirmco-dev", null));
        assertTrue(again.getMessage().contains("confirmco-dev is confirmed, not provisional"), again.getMessage());
    }

    @Test
    void aDomainOfAnotherOrganizationOrOfPersonalMailIsRefused() {
        organization("Ownerco", "owner.io");
        organization("Otherco");

        ConflictException taken = assertThrows(ConflictException.class, () -> domains.add("otherco", "OWNER.io"));
        InvalidRequestException personal = assertThrows(InvalidRequestException.class,
                () -> domains.add("otherco", "gmail.com"));
        InvalidRequestException malformed = assertThrows(InvalidRequestException.class,
                () -> domains.add("otherco", "not a domain"));

        assertTrue(taken.getMessage().contains("belongs to Ownerco (ownerco)"), taken.getMessage());
        assertTrue(personal.problems().get("domain").contains("personal mail"), personal.problems().toString());
        assertEquals(Map.of("domain", "is a domain name such as acme.com"), malformed.problems());
        assertEquals(List.of(), organizations.get("otherco").domains());
        assertEquals("owner.io", domains.add("ownerco", "owner.io").domain());
        assertEquals(List.of("owner.io"), organizations.get("ownerco").domains(),
                "adding a domain the organization has already changes nothing");
    }
}
