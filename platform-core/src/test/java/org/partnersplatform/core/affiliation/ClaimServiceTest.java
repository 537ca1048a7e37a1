package org.partnersplatform.core.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.organization.OrganizationAliases;
import org.partnersplatform.core.organization.OrganizationCommand;
import org.partnersplatform.core.organization.OrganizationService;
import org.partnersplatform.core.organization.PeopleFixture;
import org.partnersplatform.core.testing.Jdbc;

/** Claims submitted by anyone, decided by an administrator. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimServiceTest implements TestPropertyProvider {

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
    ClaimService claims;

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

    private ClaimCommand claim(long memberId, String organization, String from, String to) {
        return new ClaimCommand(memberId, organization, from, to, "https://example.org/profile says so",
                "Rita Rep", "rita@claimer.example", "representative");
    }

    @Test
    void anApprovedClaimAddsASelfDeclaredAffiliationEndingThePreviousOnes() {
        organizations.create(new OrganizationCommand("Claim Old", null, null), List.of("claim-old.io"));
        organizations.create(new OrganizationCommand("Claim New", null, null), List.of());
        aliases.add("claim-new", "ClaimNew Corp");
        people().sync(false, "cl1;commit;2024-03-10T10:00:00Z;cal-cl;Cal;cal@claim-old.io;false",
                "cl2;commit;2024-05-10T10:00:00Z;cal-cl;Cal;cal@claim-old.io;false");
        long cal = people().member("cal@claim-old.io");

        ClaimView submitted = claims.submit(claim(cal, "claimnew corp", "2024-04-01", null));
        assertEquals(List.of("PENDING", "claim-new", "REPRESENTATIVE"), List.of(submitted.status().name(),
                submitted.organizationSlug(), submitted.role().name()));
        assertTrue(claims.list("pending").stream().anyMatch(c -> c.id() == submitted.id()));
        assertEquals("claim-old", people().organizationOf("cl2"), "nothing changes before the decision");

        ClaimView approved = claims.approve(submitted.id(), "checked the profile", "admin");

        assertEquals(List.of("APPROVED", "checked the profile", "admin"), List.of(approved.status().name(),
                approved.decisionNote(), approved.decidedBy()));
        assertNotNull(approved.decidedAt());
        assertEquals(List.of("MANUAL claim-old - 2024-03-31", "SELF_DECLARED claim-new 2024-04-01 -"),
                people().affiliationsOf(cal));
        assertEquals(approved.affiliationId(), affiliations.list(cal).get(1).id());
        assertEquals("claim #" + submitted.id() + " by representative", affiliations.list(cal).get(1).note());
        assertEquals(List.of("claim-old", "claim-new"), List.of(people().organizationOf("cl1"),
                people().organizationOf("cl2")));
        ConflictException twice = assertThrows(ConflictException.class,
                () -> claims.reject(submitted.id(), null, "admin"));
        assertTrue(twice.getMessage().startsWith("claim #" + submitted.id() + " was approved already, by admin"),
                twice.getMessage());
    }

    @Test
    void aRejectedClaimChangesNoAffiliation() {
        organizations.create(new OrganizationCommand("Reject Me", null, null), List.of());
        people().sync(false, "rj1;commit;2024-03-10T10:00:00Z;ray-rj;Ray;ray@gmail.com;false");
        long ray = people().member("ray@gmail.com");
        ClaimView submitted = claims.submit(claim(ray, "reject-me", "2024-01-01", "2024-12-31"));

        ClaimView rejected = claims.reject(submitted.id(), "no evidence", "admin");

        assertEquals(List.of("REJECTED", "no evidence", "admin"), List.of(rejected.status().name(),
                rejected.decisionNote(), rejected.decidedBy()));
        assertEquals(List.of(), people().affiliationsOf(ray));
        assertTrue(claims.list("REJECTED").stream().allMatch(c -> c.status() == ClaimStatus.REJECTED));
        assertTrue(claims.list("REJECTED").stream().anyMatch(c -> c.id() == rejected.id()));
        assertFalse(claims.list("pending").stream().anyMatch(c -> c.id() == rejected.id()));
    }

    @Test
    void aClaimOverlappingAnAffiliationWithTheSameOrganizationStaysPending() {
        organizations.create(new OrganizationCommand("Overclaim", null, null), List.of());
        people().sync(false, "oc1;commit;2024-03-10T10:00:00Z;oz-oc;Oz;oz@gmail.com;false");
        long oz = people().member("oz@gmail.com");
        affiliations.add(oz, new AffiliationCommand("overclaim", "2024-06-01", null, null, null, false));
        ClaimView submitted = claims.submit(claim(oz, "Overclaim", "2024-01-01", "2024-07-31"));

        ConflictException refused = assertThrows(ConflictException.class,
                () -> claims.approve(submitted.id(), null, "admin"));

        assertTrue(refused.getMessage().contains("with Overclaim from 2024-06-01 on (MANUAL)"), refused.getMessage());
        assertEquals("PENDING", claims.get(submitted.id()).status().name());
        assertEquals(List.of("MANUAL overclaim 2024-06-01 -"), people().affiliationsOf(oz));
    }

    @Test
    void anInvalidClaimIsRefusedWithAProblemPerField() {
        people().sync(false, "iv1;commit;2024-03-10T10:00:00Z;ivy-iv;Ivy;ivy@gmail.com;false");

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> claims.submit(
                new ClaimCommand(987654321L, "nowhere", null, "2024-02-30", "x".repeat(2001), " ", "not-an-email",
                        "boss")));
        InvalidRequestException noMember = assertThrows(InvalidRequestException.class, () -> claims.submit(
                new ClaimCommand(null, "nowhere", "2024-01-01", null, "e", "n", "n@x.example", "PERSON")));

        assertEquals(Map.of("memberId", "is no person on this site",
                "organization", "no organization has the slug, alias or name \"nowhere\"",
                "from", "is required: the first day at the organization, YYYY-MM-DD",
                "to", "\"2024-02-30\" is not a date YYYY-MM-DD",
                "evidence", "is required, at most 2000 characters",
                "claimantName", "is required, at most 200 characters",
                "claimantEmail", "is an email address",
                "role", "is PERSON (the claim is about you) or REPRESENTATIVE (of the organization)"),
                refused.problems());
        assertEquals("is required: the number of the person's page", noMember.problems().get("memberId"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM affiliation_claim WHERE evidence LIKE 'xxx%'"));
        assertThrows(NotFoundException.class, () -> claims.approve(987654321L, null, "admin"));
    }
}
