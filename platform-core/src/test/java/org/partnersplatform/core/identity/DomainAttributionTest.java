package org.partnersplatform.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.testplugins.TestPluginJars;

/** Who an activity counts for, decided by the email domain of a new member, through a real sync. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainAttributionTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";

    private Map<String, String> properties;
    private Jdbc jdbc;
    private boolean synced;

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
        Organization initrode = organizations.save(Organization.create("initrode", "Initrode", null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        domains.save(new OrganizationDomain(null, initrode.id(), "initrode.com"));
        organizations.save(Organization.create("lookalike-io", "Lookalike IO (no domain)", null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        ScriptedRecords.sync(installations, syncs, SOURCE, "no provisional", false, List.of(
                "a1;commit;2024-02-01T10:00:00Z;ann;Ann;ann@initrode.com;false",
                "a2;commit;2024-02-01T11:00:00Z;ben;Ben;ben@mail.dev.initrode.com;false",
                "a3;commit;2024-02-01T12:00:00Z;gail;Gail;gail@gmail.com;false",
                "a4;commit;2024-02-01T13:00:00Z;nora;Nora;4242+nora@users.noreply.github.com;false",
                "a5;commit;2024-02-01T14:00:00Z;uma;Uma;uma@unknownco.io;false"));
        ScriptedRecords.sync(installations, syncs, SOURCE, "provisional", true, List.of(
                "p1;commit;2024-02-02T10:00:00Z;pia;Pia;pia@newco.dev;false",
                "p2;commit;2024-02-02T11:00:00Z;pete;Pete;pete@newco.dev;false",
                "p3;commit;2024-02-02T12:00:00Z;gus;Gus;gus@gmail.com;false",
                "p4;commit;2024-02-02T13:00:00Z;lou;Lou;lou@lookalike.io;false"));
        synced = true;
    }

    @Test
    void aMemberAtAKnownOrganizationDomainCountsForIt() {
        fixture();
        assertEquals("initrode", organizationOf("a1"));
    }

    @Test
    void aSubdomainOfAKnownDomainCountsForTheOrganization() {
        fixture();
        assertEquals("initrode", organizationOf("a2"));
    }

    @Test
    void personalAndNoReplyMailLeaveTheMemberIndependent() {
        fixture();
        assertEquals("independent", organizationOf("a3"));
        assertEquals("independent", organizationOf("a4"));
        assertEquals("independent", organizationOf("p3"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM affiliation af JOIN identity i ON i.member_id = af.member_id"
                + " WHERE i.email IN ('gail@gmail.com', '4242+nora@users.noreply.github.com', 'gus@gmail.com')"));
    }

    @Test
    void anUnknownCompanyDomainCreatesNoOrganizationWhenTheInstallationDoesNotAllowIt() {
        fixture();
        assertEquals("independent", organizationOf("a5"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM organization_domain WHERE domain = 'unknownco.io'"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM organization WHERE slug = 'unknownco-io'"));
    }

    @Test
    void anUnknownCompanyDomainCreatesOneProvisionalOrganizationWhenAllowed() {
        fixture();
        assertEquals("newco-dev", organizationOf("p1"));
        assertEquals("newco-dev", organizationOf("p2"));
        assertEquals(List.of("newco-dev|newco.dev|PROVISIONAL"), jdbc.column(
                "SELECT slug || '|' || name || '|' || status FROM organization WHERE slug LIKE 'newco%'"));
        assertEquals(List.of("initrode", "lookalike-io", "lookalike-io-2", "newco-dev"),
                jdbc.column("SELECT slug FROM organization ORDER BY slug"));
    }

    @Test
    void aProvisionalOrganizationNeverTakesOverAnOrganizationWhoseSlugMerelyMatchesTheDomain() {
        fixture();
        assertEquals("lookalike-io-2", organizationOf("p4"));
        assertEquals(List.of(), jdbc.column("SELECT d.domain FROM organization_domain d JOIN organization o"
                + " ON o.id = d.organization_id WHERE o.slug = 'lookalike-io'"));
    }

    private String organizationOf(String itemId) {
        return jdbc.value("SELECT COALESCE(o.slug, 'independent') FROM activity a"
                + " LEFT JOIN organization o ON o.id = a.organization_id WHERE a.source_item_id = ?", itemId);
    }
}
