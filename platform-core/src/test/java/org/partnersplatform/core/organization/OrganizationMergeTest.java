package org.partnersplatform.core.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.partnersplatform.core.affiliation.AffiliationCommand;
import org.partnersplatform.core.affiliation.AffiliationService;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.Jdbc;

/** Merging two organizations and undoing it, on people and activities from a real sync. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationMergeTest implements TestPropertyProvider {

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
    OrganizationDomains domains;

    @Inject
    OrganizationMerges merges;

    @Inject
    OrganizationLookup lookup;

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

    /** Everything a merge touches, as text: domains, aliases, affiliations and the activities' organizations. */
    private List<String> state(String prefix) {
        return List.of(
                String.join(",", jdbc.column("SELECT d.domain || '>' || o.slug FROM organization_domain d"
                        + " JOIN organization o ON o.id = d.organization_id WHERE o.slug LIKE ? ORDER BY 1",
                        prefix + "%")),
                String.join(",", jdbc.column("SELECT a.alias || '>' || o.slug FROM organization_alias a"
                        + " JOIN organization o ON o.id = a.organization_id WHERE o.slug LIKE ? ORDER BY 1",
                        prefix + "%")),
                String.join(",", jdbc.column("SELECT af.id || ':' || af.member_id || '>' || o.slug || ':' || af.origin"
                        + " || ':' || COALESCE(CAST(af.valid_from AS VARCHAR), '-') FROM affiliation af"
                        + " JOIN organization o ON o.id = af.organization_id WHERE o.slug LIKE ? ORDER BY af.id",
                        prefix + "%")),
                String.join(",", jdbc.column("SELECT a.source_item_id || '>' || COALESCE(o.slug, '-') FROM activity a"
                        + " LEFT JOIN organization o ON o.id = a.organization_id WHERE a.source_item_id LIKE ?"
                        + " ORDER BY 1", prefix + "%")),
                String.join(",", jdbc.column("SELECT slug || ':' || COALESCE(CAST(merged_into_id AS VARCHAR), '-')"
                        + " FROM organization WHERE slug LIKE ? ORDER BY 1", prefix + "%")));
    }

    @Test
    void aMergeMovesEverythingToTheTargetAndUndoingItRestoresTheExactStateBefore() {
        organization("mg Source", "mg-source.com");
        organization("mg Target", "mg-target.com");
        aliases.add("mg-source", "Source Ltd");
        people().sync(false, "mg-1;commit;2024-02-01T10:00:00Z;mo-mg;Mo;mo@mg-source.com;false",
                "mg-2;commit;2024-02-02T10:00:00Z;tia-mg;Tia;tia@mg-target.com;false",
                "mg-3;commit;2024-02-03T10:00:00Z;max-mg;Max;max@gmail.com;false");
        affiliations.add(people().member("max@gmail.com"), new AffiliationCommand("mg-source", "2024-01-01", null,
                null, "freelance", false));
        List<String> before = state("mg");

        OrganizationMergeView merge = merges.merge("mg-source", "mg-target", "admin");

        assertEquals(List.of(1, 2, 2), List.of(merge.domains(), merge.aliases(), merge.affiliations()),
                "one domain; the alias and the source's name; Mo's and Max's affiliations");
        assertEquals(List.of("mg-target", "mg-target", "mg-target"), List.of(people().organizationOf("mg-1"),
                people().organizationOf("mg-2"), people().organizationOf("mg-3")));
        assertEquals(List.of("mg-source.com", "mg-target.com"), organizations.get("mg-target").domains());
        assertEquals(List.of("mg Source", "Source Ltd"), organizations.get("mg-target").aliases());
        assertEquals("mg-target", organizations.get("mg-source").mergedInto());
        assertEquals("mg-target", lookup.find("mg-source").organization().slug(), "the old slug finds the target");
        assertEquals("mg-target", lookup.find("MG source").organization().slug(), "and so does the old name");

        OrganizationMergeView undone = merges.undo(merge.id(), "admin2");

        assertEquals(before, state("mg"));
        assertEquals("admin2", undone.undoneBy());
        assertNull(organizations.get("mg-source").mergedInto());
        assertEquals("mg-source", lookup.find("mg Source").organization().slug());
    }

    @Test
    void aMergeIsUndoneOnceAndOnlyAfterTheMergesOfItsTargetThatFollowed() {
        organization("un A", "un-a.com");
        organization("un B", "un-b.com");
        organization("un C");
        people().sync(false, "un-1;commit;2024-02-01T10:00:00Z;al-un;Al;al@un-a.com;false");
        List<String> before = state("un");
        OrganizationMergeView first = merges.merge("un-a", "un-b", "admin");
        OrganizationMergeView second = merges.merge("un-b", "un-c", "admin");
        assertEquals("un-c", people().organizationOf("un-1"));

        ConflictException outOfOrder = assertThrows(ConflictException.class, () -> merges.undo(first.id(), "admin"));
        assertTrue(outOfOrder.getMessage().contains("undo merge #" + second.id() + " first"), outOfOrder.getMessage());
        merges.undo(second.id(), "admin");
        merges.undo(first.id(), "admin");
        ConflictException twice = assertThrows(ConflictException.class, () -> merges.undo(first.id(), "admin"));

        assertTrue(twice.getMessage().contains("was undone already"), twice.getMessage());
        assertEquals(before, state("un"));
        assertEquals("un-a", people().organizationOf("un-1"));
    }

    @Test
    void aMergedOrganizationCannotBeChangedNorMergedAgain() {
        organization("fr Source");
        organization("fr Target");
        OrganizationMergeView merge = merges.merge("fr-source", "fr-target", "admin");

        ConflictException domain = assertThrows(ConflictException.class,
                () -> domains.add("fr-source", "fr-source.com"));
        ConflictException again = assertThrows(ConflictException.class,
                () -> merges.merge("fr-source", "fr-target", "admin"));

        assertTrue(domain.getMessage().contains("fr-source was merged into fr-target (merge #" + merge.id() + ")"),
                domain.getMessage());
        assertTrue(again.getMessage().contains("fr-source was merged into fr-target"), again.getMessage());
        assertEquals(List.of(), organizations.get("fr-target").domains());
    }

    @Test
    void mergesAreListedNewestFirstWithWhatTheyMoved() {
        organization("ls One");
        organization("ls Two");
        OrganizationMergeView merge = merges.merge("ls-one", "ls-two", "admin");

        OrganizationMergeView listed = merges.involving("ls-two").get(0);

        assertEquals(merge.id(), listed.id());
        assertEquals(List.of("ls-one", "ls-two", "admin"), List.of(listed.sourceSlug(), listed.targetSlug(),
                listed.createdBy()));
        assertEquals(1, listed.aliases(), "the source's name became an alias");
        assertEquals(merge.id(), merges.list().get(0).id());
    }
}
