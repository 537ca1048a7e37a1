package org.partnersplatform.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationOrigin;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.identity.Member;
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

/** Merging, undoing and splitting members on activities stored by a real sync. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberMergesTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";

    private Jdbc jdbc;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationDomainRepository domains;

    @Inject
    AffiliationRepository affiliations;

    @Inject
    AttributionRecompute recompute;

    @Inject
    MemberMerges merges;

    @Inject
    MemberSplits splits;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        Map<String, String> properties = CoreTestProperties.with(dir);
        jdbc = new Jdbc(properties);
        return properties;
    }

    @Test
    void aMergeSetsAsideAnOverlappingAffiliationWithTheSameOrganizationAndUndoRestoresEverything() {
        long acme = organization("acme-m", "acme-m.example");
        long globex = organization("globex-m", "globex-m.example");
        ScriptedRecords.sync(installations, syncs, SOURCE, "merge-overlap", false, List.of(
                "ov1;commit;2024-03-01T10:00:00Z;tara-work;Tara Work;tara@acme-m.example;false",
                "ov2;commit;2024-03-02T10:00:00Z;tara-home;Tara Home;tara@home-m.example;false",
                "ov3;commit;2025-02-02T10:00:00Z;tara-home;Tara Home;tara@home-m.example;false"));
        long target = memberOf("tara-work");
        long source = memberOf("tara-home");
        Affiliation overlapping = affiliations.save(Affiliation.create(source, acme, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), AffiliationOrigin.MANUAL, Instant.now(), "contract"));
        Affiliation later = affiliations.save(Affiliation.create(source, globex, LocalDate.of(2025, 1, 1), null,
                AffiliationOrigin.MANUAL, Instant.now(), "new job"));
        recompute.members(List.of(source), "fixture");
        assertEquals("globex-m", organizationOf("ov3"));
        List<String> before = snapshot(target, source);

        MergeView merge = merges.merge(target, source, "one person", "admin");
        assertEquals(List.of(identityOf("tara-home")), merge.identityIds());
        assertEquals(String.valueOf(source), jdbc.value("SELECT member_id FROM affiliation WHERE id = ?",
                overlapping.id()), "the overlapping affiliation stays on the source");
        assertEquals(String.valueOf(merge.merge().id()), jdbc.value(
                "SELECT set_aside_by_merge_id FROM affiliation WHERE id = ?", overlapping.id()));
        assertEquals(String.valueOf(target), jdbc.value("SELECT member_id FROM affiliation WHERE id = ?",
                later.id()), "an affiliation that does not clash moves");
        assertEquals(String.valueOf(target), jdbc.value("SELECT merged_into_id FROM member WHERE id = ?", source));
        assertEquals(List.of(String.valueOf(target)), jdbc.column(
                "SELECT DISTINCT member_id FROM activity WHERE source_item_id IN ('ov1', 'ov2', 'ov3')"));
        assertEquals("globex-m", organizationOf("ov3"), "the moved affiliation still counts on its days");
        assertEquals("acme-m", organizationOf("ov2"));

        MergeView undone = merges.undo(merge.merge().id(), "admin");
        assertEquals("admin", undone.merge().undoneBy());
        assertEquals(before, snapshot(target, source), "undo restores identities, affiliations and attribution");
        ConflictException again = assertThrows(ConflictException.class,
                () -> merges.undo(merge.merge().id(), "admin"));
        assertTrue(again.getMessage().contains("was already undone"), again.getMessage());
    }

    @Test
    void undoIsRefusedWhileTheTargetIsMergedIntoAnotherMemberAndNamesTheMergeToUndoFirst() {
        ScriptedRecords.sync(installations, syncs, SOURCE, "merge-chain", false, List.of(
                "ch1;commit;2024-03-01T10:00:00Z;chain-a;Ann Chain;ann@chain-a.example;false",
                "ch2;commit;2024-03-01T11:00:00Z;chain-b;Ann Chain;ann@chain-b.example;false",
                "ch3;commit;2024-03-01T12:00:00Z;chain-c;Ann Chain;ann@chain-c.example;false"));
        long a = memberOf("chain-a");
        long b = memberOf("chain-b");
        long c = memberOf("chain-c");
        MergeView first = merges.merge(a, b, null, "admin");
        assertEquals("merged by hand", first.merge().reason());
        MergeView second = merges.merge(c, a, "same again", "admin");
        assertEquals(List.of(identityOf("chain-a"), identityOf("chain-b")), second.identityIds().stream().sorted()
                .toList(), "the second merge carries what the first brought");

        ConflictException refused = assertThrows(ConflictException.class,
                () -> merges.undo(first.merge().id(), "admin"));
        assertTrue(refused.getMessage().contains("undo merge #" + second.merge().id() + " first"),
                refused.getMessage());

        merges.undo(second.merge().id(), "admin");
        merges.undo(first.merge().id(), "admin");
        assertEquals(List.of(String.valueOf(a), String.valueOf(b), String.valueOf(c)), jdbc.column(
                "SELECT member_id FROM identity WHERE source_user_id IN ('chain-a', 'chain-b', 'chain-c')"
                        + " ORDER BY source_user_id"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM member WHERE id IN (?, ?, ?) AND merged_into_id IS NOT NULL",
                a, b, c));
    }

    @Test
    void aMergeNeedsTwoDistinctActiveMembers() {
        ScriptedRecords.sync(installations, syncs, SOURCE, "merge-checks", false, List.of(
                "mc1;commit;2024-03-01T10:00:00Z;check-a;Cal Check;cal@check-a.example;false",
                "mc2;commit;2024-03-01T11:00:00Z;check-b;Cal Check;cal@check-b.example;false"));
        long a = memberOf("check-a");
        long b = memberOf("check-b");
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> merges.merge(null, null, "x".repeat(501), "admin"));
        assertEquals(List.of("reason", "sourceMemberId", "targetMemberId"), missing.problems().keySet().stream()
                .sorted().toList());
        assertThrows(NotFoundException.class, () -> merges.merge(a, 987_654L, null, "admin"));
        ConflictException itself = assertThrows(ConflictException.class, () -> merges.merge(a, a, null, "admin"));
        assertTrue(itself.getMessage().contains("cannot be merged into itself"), itself.getMessage());
        merges.merge(a, b, null, "admin");
        ConflictException merged = assertThrows(ConflictException.class, () -> merges.merge(b, a, null, "admin"));
        assertEquals("the target member #" + b + " was merged into member #" + a, merged.getMessage());
        assertThrows(NotFoundException.class, () -> merges.undo(987_654L, "admin"));
    }

    @Test
    void aSplitMovesChosenIdentitiesToANewMemberAffiliatedByTheirDomain() {
        long initech = organization("initech-s", "initech-s.example");
        ScriptedRecords.sync(installations, syncs, SOURCE, "split", false, List.of(
                "sp1;commit;2024-03-01T10:00:00Z;split-home;Sid Split;sid@split-home.example;false",
                "sp2;commit;2024-03-02T10:00:00Z;split-home;Sid Split;sid@split-home.example;false",
                "sp3;commit;2024-03-03T10:00:00Z;split-work;Sid S.;sid@initech-s.example;false"));
        long first = memberOf("split-home");
        long second = memberOf("split-work");
        merges.merge(first, second, "looked alike", "admin");
        long work = identityOf("split-work");

        assertEquals(Map.of("identityIds", "names at least one identity of member #" + first),
                assertThrows(InvalidRequestException.class, () -> splits.split(first, List.of())).problems());
        assertTrue(assertThrows(InvalidRequestException.class, () -> splits.split(first,
                List.of(work, identityOf("split-home")))).problems().get("identityIds").contains("merge instead"));
        assertTrue(assertThrows(InvalidRequestException.class, () -> splits.split(first, List.of(work, 999_999L)))
                .problems().get("identityIds").contains("999999"));
        assertThrows(ConflictException.class, () -> splits.split(second, List.of(work)),
                "a merged member holds nothing to split");

        Member created = splits.split(first, List.of(work));
        assertNotEquals(second, created.id(), "a split makes a new member; undoing the merge is another thing");
        assertEquals("Sid S.", created.displayName());
        assertEquals(String.valueOf(created.id()), jdbc.value("SELECT member_id FROM identity WHERE id = ?", work));
        assertEquals(String.valueOf(initech), jdbc.value(
                "SELECT organization_id FROM affiliation WHERE member_id = ?", created.id()));
        assertEquals(String.valueOf(created.id()), jdbc.value(
                "SELECT member_id FROM activity WHERE source_item_id = 'sp3'"));
        assertEquals("initech-s", organizationOf("sp3"));
        assertEquals(String.valueOf(first), jdbc.value("SELECT member_id FROM activity WHERE source_item_id = 'sp1'"));
    }

    private long organization(String slug, String domain) {
        Organization saved = organizations.save(Organization.create(slug, slug, null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        domains.save(new OrganizationDomain(null, saved.id(), domain));
        return saved.id();
    }

    private long memberOf(String sourceUserId) {
        return jdbc.count("SELECT member_id FROM identity WHERE source_user_id = ?", sourceUserId);
    }

    private long identityOf(String sourceUserId) {
        return jdbc.count("SELECT id FROM identity WHERE source_user_id = ?", sourceUserId);
    }

    private String organizationOf(String itemId) {
        return jdbc.value("SELECT COALESCE(o.slug, 'independent') FROM activity a"
                + " LEFT JOIN organization o ON o.id = a.organization_id WHERE a.source_item_id = ?", itemId);
    }

    /** Identities, affiliations and activities of two members, as rows of text. */
    private List<String> snapshot(long... memberIds) {
        List<String> rows = new ArrayList<>();
        for (long memberId : memberIds) {
            rows.addAll(jdbc.column("SELECT 'identity ' || id || ' ' || member_id FROM identity"
                    + " WHERE member_id = ? ORDER BY id", memberId));
            rows.addAll(jdbc.column("SELECT 'affiliation ' || id || ' ' || member_id || ' ' || organization_id"
                    + " || ' ' || COALESCE(CAST(valid_from AS VARCHAR), '-') || ' '"
                    + " || COALESCE(CAST(valid_to AS VARCHAR), '-') || ' '"
                    + " || COALESCE(CAST(set_aside_by_merge_id AS VARCHAR), '-') FROM affiliation"
                    + " WHERE member_id = ? ORDER BY id", memberId));
            rows.addAll(jdbc.column("SELECT 'activity ' || id || ' ' || member_id || ' '"
                    + " || COALESCE(CAST(organization_id AS VARCHAR), '-') FROM activity WHERE member_id = ?"
                    + " ORDER BY id", memberId));
        }
        return rows;
    }
}
