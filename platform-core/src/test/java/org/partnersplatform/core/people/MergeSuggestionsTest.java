package org.partnersplatform.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.identity.IdentityResolver;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.Await;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.testplugins.TestPluginJars;

/** Storing, accepting and rejecting merge suggestions, and keeping them current. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeSuggestionsTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final String GIT = "org.partnersplatform.git";

    private Jdbc jdbc;

    @Inject
    IdentityResolver resolver;

    @Inject
    MergeSuggestions suggestions;

    @Inject
    MemberMerges merges;

    @Inject
    MemberFlags flags;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        Map<String, String> properties = CoreTestProperties.with(dir);
        jdbc = new Jdbc(properties);
        return properties;
    }

    @Test
    void aRejectedPairIsNeverSuggestedAgain() {
        long a = member("Rhea Reject", "rhea@one-r.example");
        long b = member("Rhéa Reject", "rhea.r@two-r.example");
        suggestions.refresh();
        MergeSuggestion pending = pendingFor(a, b).orElseThrow();
        assertEquals("same full name", pending.reason());
        assertEquals(0, new BigDecimal("0.70").compareTo(pending.confidence()));

        MergeSuggestion rejected = suggestions.reject(pending.id(), "admin");
        assertEquals(SuggestionStatus.REJECTED, rejected.status());
        assertEquals("admin", rejected.decidedBy());
        suggestions.refresh();
        assertTrue(pendingFor(a, b).isEmpty());
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM merge_suggestion WHERE member_a_id = ? AND member_b_id = ?",
                a, b));
        ConflictException twice = assertThrows(ConflictException.class, () -> suggestions.reject(pending.id(), "x"));
        assertTrue(twice.getMessage().contains("is rejected, not pending"), twice.getMessage());
    }

    @Test
    void acceptingMergesTheNewerMemberIntoTheOlderAndUndoingRejectsThePair() {
        long a = member("Aldo Accept", "aldo@one-a.example");
        long b = member("Aldo Accept", "aldo.accept@two-a.example");
        suggestions.refresh();
        MergeSuggestion pending = pendingFor(a, b).orElseThrow();
        MergeView merge = suggestions.accept(pending.id(), "admin");
        assertEquals(a, merge.merge().targetMemberId());
        assertEquals(b, merge.merge().sourceMemberId());
        assertEquals("same full name", merge.merge().reason());
        MergeSuggestion accepted = suggestions.get(pending.id());
        assertEquals(SuggestionStatus.ACCEPTED, accepted.status());
        assertEquals(merge.merge().id(), accepted.mergeId());
        assertThrows(ConflictException.class, () -> suggestions.accept(pending.id(), "admin"));

        merges.undo(merge.merge().id(), "admin");
        assertEquals(SuggestionStatus.REJECTED, suggestions.get(pending.id()).status());
        suggestions.refresh();
        assertTrue(pendingFor(a, b).isEmpty(), "an undone suggestion is not made again");
    }

    @Test
    void aPendingPairBecomesObsoleteWhenAMemberIsMergedElsewhereAndComesBackWhenThatIsUndone() {
        long a = member("Olga Obsolete", "olga@one-o.example");
        long b = member("Olga Obsolete", "olga.o@two-o.example");
        long other = member("Someone Else", "else@three-o.example");
        suggestions.refresh();
        MergeSuggestion pending = pendingFor(a, b).orElseThrow();
        MergeView elsewhere = merges.merge(other, b, "by hand", "admin");
        assertEquals(SuggestionStatus.OBSOLETE, suggestions.get(pending.id()).status());
        merges.undo(elsewhere.merge().id(), "admin");
        assertEquals(SuggestionStatus.OBSOLETE, suggestions.get(pending.id()).status());
        suggestions.refresh();
        assertEquals(SuggestionStatus.PENDING, suggestions.get(pending.id()).status());
    }

    @Test
    void botsAreNeverSuggested() {
        long a = member("Bo Botley", "bo@one-b.example");
        long b = member("Bo Botley", "bo.b@two-b.example");
        flags.setBot(b, true, "admin");
        suggestions.refresh();
        assertTrue(pendingFor(a, b).isEmpty());
        flags.setBot(b, false, "admin");
        suggestions.refresh();
        assertTrue(pendingFor(a, b).isPresent());
    }

    @Test
    void aSyncRunThatStoredSomethingRefreshesTheSuggestions() {
        ScriptedRecords.sync(installations, syncs, SOURCE, "suggest after sync", false, List.of(
                "sy1;commit;2024-05-01T10:00:00Z;sync-1;Sybil Synced;sybil@one-s.example;false",
                "sy2;commit;2024-05-01T11:00:00Z;sync-2;SYBIL SYNCED;sybil@two-s.example;false"));
        long a = jdbc.count("SELECT member_id FROM identity WHERE source_user_id = 'sync-1'");
        long b = jdbc.count("SELECT member_id FROM identity WHERE source_user_id = 'sync-2'");
        MergeSuggestion found = Await.until("a suggestion for the synced pair", Duration.ofSeconds(10),
                () -> pendingFor(a, b), Optional::isPresent).orElseThrow();
        assertEquals("same full name; similar emails", found.reason());
    }

    private long member(String name, String email) {
        return resolver.resolve(GIT, Actor.byEmail(name, email), false).memberId();
    }

    private Optional<MergeSuggestion> pendingFor(long a, long b) {
        return suggestions.pending().stream()
                .filter(s -> s.memberAId() == Math.min(a, b) && s.memberBId() == Math.max(a, b))
                .findFirst();
    }
}
