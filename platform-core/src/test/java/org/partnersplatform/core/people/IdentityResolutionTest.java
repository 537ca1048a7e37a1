package org.partnersplatform.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.identity.IdentityResolver;
import org.partnersplatform.core.identity.ResolvedActor;
import org.partnersplatform.core.privacy.ErasedKeys;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * How a new identity finds its member: by a shared email (GitHub's no-reply forms included), by an administrator's
 * rule, never into a locked member, and back to an erased person's anonymous identity.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityResolutionTest implements TestPropertyProvider {

    private static final String GIT = "org.partnersplatform.git";
    private static final String GITHUB = "org.partnersplatform.github";
    private static final String FORUM = "org.example.forum";

    private Jdbc jdbc;

    @Inject
    IdentityResolver resolver;

    @Inject
    MemberFlags flags;

    @Inject
    IdentityRules rules;

    @Inject
    MemberMerges merges;

    @Inject
    MergeSuggestions suggestions;

    @Inject
    ErasedKeys erasedKeys;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = CoreTestProperties.with(TestPluginJars.newDirectory());
        jdbc = new Jdbc(properties);
        return properties;
    }

    @Test
    void aSharedEmailOnAnotherSourceJoinsTheSameMember() {
        ResolvedActor git = resolver.resolve(GIT, Actor.byEmail("Sam Shared", "Sam@Shared.example"), false);
        ResolvedActor forum = resolver.resolve(FORUM, new Actor("991", "sam", "Sam", "sam@shared.example", null,
                false), false);
        assertEquals(git.memberId(), forum.memberId());
        assertNotEquals(git.identityId(), forum.identityId());
    }

    @Test
    void bothGitHubNoReplyFormsAndTheProfilePageAreOneAccountInAnyCase() {
        ResolvedActor withId = resolver.resolve(GIT, Actor.byEmail("Octo", "583231+OctoCat@users.noreply.github.com"),
                false);
        ResolvedActor plain = resolver.resolve(GIT, Actor.byEmail("Octo", "octocat@users.noreply.github.com"), false);
        ResolvedActor account = resolver.resolve(GITHUB, new Actor("583231", "octocat", "octocat", null,
                "https://github.com/octocat", false), false);
        assertEquals(withId.memberId(), plain.memberId());
        assertEquals(withId.memberId(), account.memberId());

        ResolvedActor accountFirst = resolver.resolve(GITHUB, new Actor("77", "Hubber", "Hubber", null,
                "https://github.com/Hubber", false), false);
        ResolvedActor later = resolver.resolve(GIT, Actor.byEmail("H", "77+hubber@users.noreply.github.com"), false);
        assertEquals(accountFirst.memberId(), later.memberId(), "the no-reply address finds the account's member");
        ResolvedActor stranger = resolver.resolve(GIT, Actor.byEmail("H", "hubber@hubber.example"), false);
        assertNotEquals(accountFirst.memberId(), stranger.memberId(), "a real address of the same name is not it");
    }

    @Test
    void aLockedMemberIsNeverGivenANewIdentityByASharedEmailButThePairIsSuggested() {
        ResolvedActor locked = resolver.resolve(GIT, Actor.byEmail("Lee Locked", "lee@locked.example"), false);
        flags.setLocked(locked.memberId(), true, "admin");
        ResolvedActor newcomer = resolver.resolve(FORUM, new Actor("lee-1", "leelocked", "Lee", "lee@locked.example",
                null, false), false);
        assertNotEquals(locked.memberId(), newcomer.memberId());
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM identity WHERE member_id = ?", locked.memberId()));
        ResolvedActor third = resolver.resolve("org.example.chat", new Actor("lee-2", "lee2", "Lee",
                "lee@locked.example", null, false), false);
        assertEquals(newcomer.memberId(), third.memberId(), "the unlocked holder of the email takes the next one");

        suggestions.refresh();
        assertTrue(suggestions.pending().stream().anyMatch(s -> s.memberAId() == locked.memberId()
                && s.memberBId() == newcomer.memberId() && s.reason().startsWith("same email")));
    }

    @Test
    void anIdentityRuleSendsNewIdentitiesToItsMemberButNeverIntoALockedOne() {
        ResolvedActor owner = resolver.resolve(GIT, Actor.byEmail("Rita Rule", "rita@rule.example"), false);
        rules.create(new IdentityRuleCommand("EMAIL", "Rita.Old@Previous.example", null, owner.memberId()), "admin");
        ResolvedActor old = resolver.resolve(GIT, Actor.byEmail("Rita R.", "rita.old@previous.example"), false);
        assertEquals(owner.memberId(), old.memberId());

        ResolvedActor lockedOwner = resolver.resolve(GIT, Actor.byEmail("Lars Lock", "lars@lock.example"), false);
        rules.create(new IdentityRuleCommand("USERNAME", "larsl", FORUM, lockedOwner.memberId()), "admin");
        flags.setLocked(lockedOwner.memberId(), true, "admin");
        ResolvedActor onForum = resolver.resolve(FORUM, new Actor("5", "LarsL", "Lars", null, null, false), false);
        assertNotEquals(lockedOwner.memberId(), onForum.memberId(), "a rule does not add to a locked member");
        ResolvedActor elsewhere = resolver.resolve("org.example.chat", new Actor("6", "larsl", "Lars", null, null,
                false), false);
        assertNotEquals(lockedOwner.memberId(), elsewhere.memberId(), "the rule is for the forum only");
        assertNotEquals(onForum.memberId(), elsewhere.memberId());

        ConflictException refused = assertThrows(ConflictException.class, () -> rules.create(
                new IdentityRuleCommand("EMAIL", "lars@else.example", null, lockedOwner.memberId()), "admin"));
        assertTrue(refused.getMessage().contains("is locked"), refused.getMessage());
    }

    @Test
    void aNewRuleMovesExistingIdentitiesAsUndoableMergesAndLeavesLockedMembersAlone() {
        ResolvedActor target = resolver.resolve(GIT, Actor.byEmail("Pat Target", "pat@target.example"), false);
        ResolvedActor whole = resolver.resolve(FORUM, new Actor("p1", "patt", "Pat", null, null, false), false);
        ResolvedActor partly = resolver.resolve("org.example.chat", new Actor("p2", "patt", "Pat", "pat@chat.example",
                null, false), false);
        ResolvedActor partlyOther = resolver.resolve(GIT, Actor.byEmail("Pat", "pat@chat.example"), false);
        assertEquals(partly.memberId(), partlyOther.memberId());
        ResolvedActor locked = resolver.resolve("org.example.wiki", new Actor("p3", "PATT", "Pat", null, null, false),
                false);
        flags.setLocked(locked.memberId(), true, "admin");

        AppliedRule applied = rules.create(new IdentityRuleCommand("username", " PATT ", null, target.memberId()),
                "admin");
        assertEquals("patt", applied.rule().matchValue());
        assertEquals(2, applied.merges().size(), "one merge per member the rule took identities from");
        MergeView wholeMerge = applied.merges().stream()
                .filter(m -> m.merge().sourceMemberId() == whole.memberId()).findFirst().orElseThrow();
        MergeView partMerge = applied.merges().stream()
                .filter(m -> m.merge().sourceMemberId() == partly.memberId()).findFirst().orElseThrow();
        assertTrue(wholeMerge.merge().automatic());
        assertEquals("identity rule #" + applied.rule().id(), wholeMerge.merge().reason());
        assertEquals(List.of(partly.identityId()), partMerge.identityIds());
        assertEquals(String.valueOf(target.memberId()), jdbc.value(
                "SELECT merged_into_id FROM member WHERE id = ?", whole.memberId()), "left with nothing: merged");
        assertEquals(List.of("null"), jdbc.column("SELECT COALESCE(CAST(merged_into_id AS VARCHAR), 'null')"
                + " FROM member WHERE id = ?", partly.memberId()), "keeps an identity: still active");
        assertEquals(String.valueOf(locked.memberId()), jdbc.value("SELECT member_id FROM identity WHERE id = ?",
                locked.identityId()), "a locked member keeps its identity");

        merges.undo(partMerge.merge().id(), "admin");
        assertEquals(String.valueOf(partly.memberId()), jdbc.value("SELECT member_id FROM identity WHERE id = ?",
                partly.identityId()));
        merges.undo(wholeMerge.merge().id(), "admin");
        assertEquals(String.valueOf(whole.memberId()), jdbc.value("SELECT member_id FROM identity WHERE id = ?",
                whole.identityId()));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM member WHERE id = ? AND merged_into_id IS NOT NULL",
                whole.memberId()));
    }

    @Test
    void aRuleIsValidatedAndADuplicateIsRefused() {
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> rules.create(
                new IdentityRuleCommand("PHONE", "not-an-email", null, null), "admin"));
        assertEquals(Map.of("field", "is EMAIL or USERNAME, not PHONE",
                "memberId", "is required: the member the identities belong to"), invalid.problems());
        InvalidRequestException badEmail = assertThrows(InvalidRequestException.class, () -> rules.create(
                new IdentityRuleCommand("EMAIL", "nobody", null, 1L), "admin"));
        assertEquals(Map.of("value", "is an email address"), badEmail.problems());
        ResolvedActor owner = resolver.resolve(GIT, Actor.byEmail("Dee Dup", "dee@dup.example"), false);
        rules.create(new IdentityRuleCommand("EMAIL", "dee@old.example", null, owner.memberId()), "admin");
        ConflictException duplicate = assertThrows(ConflictException.class, () -> rules.create(
                new IdentityRuleCommand("EMAIL", "DEE@old.example", null, owner.memberId()), "admin"));
        assertTrue(duplicate.getMessage().contains("already matches"), duplicate.getMessage());
    }

    @Test
    void anErasedPersonsAccountComesBackToTheirAnonymousIdentityWithoutStoringAnything() {
        ResolvedActor before = resolver.resolve(FORUM, new Actor("erz-1", "erz", "Erin Erased", "erin@erased.example",
                null, false), false);
        jdbc.update("UPDATE identity SET source_user_id = ?, username = NULL, display_name = NULL, email = NULL"
                + " WHERE id = ?", erasedKeys.keyFor(FORUM, "erz-1"), before.identityId());
        long identities = jdbc.count("SELECT COUNT(*) FROM identity");
        ResolvedActor again = resolver.resolve(FORUM, new Actor("erz-1", "erz", "Erin Erased", "erin@erased.example",
                null, false), false);
        assertEquals(before.identityId(), again.identityId());
        assertEquals(identities, jdbc.count("SELECT COUNT(*) FROM identity"));
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM identity WHERE email = 'erin@erased.example'"));
    }
}
