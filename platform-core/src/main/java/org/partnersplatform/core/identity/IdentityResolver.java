package org.partnersplatform.core.identity;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.core.privacy.ErasedKeys;

/**
 * Links an actor from a source to an identity and a member, in this order: the identity already known by (source,
 * key); the identity of an erased person (known by the fingerprint of the key, and kept anonymous); the member of an
 * administrator's identity rule matching the actor's email or username; the member of an identity with the same email
 * or the same GitHub account (GitHub's no-reply addresses and profile page); otherwise a new member, affiliated by
 * email domain. A locked member is never given a new identity by a rule or a shared email: the actor gets a member of
 * its own instead, which the merge suggestions may pair with it. Runs inside the caller's transaction.
 */
@Singleton
public class IdentityResolver {

    /** How many merges a rule's member may be followed through to the member that holds it now. */
    private static final int MAX_MERGE_HOPS = 50;

    private final IdentityRepository identities;
    private final MemberRepository members;
    private final DomainAffiliations domainAffiliations;
    private final ErasedKeys erasedKeys;
    private final Clock clock;

    public IdentityResolver(IdentityRepository identities, MemberRepository members,
                            DomainAffiliations domainAffiliations, ErasedKeys erasedKeys, Clock clock) {
        this.identities = identities;
        this.members = members;
        this.domainAffiliations = domainAffiliations;
        this.erasedKeys = erasedKeys;
        this.clock = clock;
    }

    /**
     * Resolves an actor of a source.
     *
     * @param source the source's id ({@code org.partnersplatform.git}): accounts are unique per source
     * @param actor the actor as the plugin reported it (already validated)
     * @param createProvisional whether an unknown company domain may create a provisional organization
     */
    public ResolvedActor resolve(String source, Actor actor, boolean createProvisional) {
        String email = EmailDomains.normalise(actor.email());
        String key = identityKey(actor, email);
        Optional<Identity> existing = identities.findBySourceAndSourceUserId(source, key)
                .or(() -> identities.findBySourceAndSourceUserId(source, erasedKeys.keyFor(source, key)));
        if (existing.isPresent()) {
            return new ResolvedActor(existing.get().id(), existing.get().memberId(),
                    ErasedKeys.isErased(existing.get().sourceUserId()));
        }
        long memberId = automaticMember(source, actor, email).orElseGet(() -> newMember(actor));
        Identity identity = identities.save(new Identity(null, memberId, source, key, actor.username(),
                actor.displayName(), email, actor.profileUrl(), actor.bot(), clock.instant()));
        if (email != null) {
            domainAffiliations.affiliateByEmail(memberId, email, createProvisional);
        }
        return new ResolvedActor(identity.id(), memberId, false);
    }

    /** The member an identity rule or a shared account gives the actor, or empty for a member of its own. */
    private Optional<Long> automaticMember(String source, Actor actor, String email) {
        String username = actor.username() == null || actor.username().isBlank() ? null
                : actor.username().strip().toLowerCase(Locale.ROOT);
        Optional<Member> ruled = email == null && username == null ? Optional.empty()
                : members.findByIdentityRule(email, username, source).flatMap(this::holderNow);
        if (ruled.isPresent()) {
            return ruled.get().locked() ? Optional.empty() : Optional.of(ruled.get().id());
        }
        return bySharedAccount(actor, email);
    }

    /** The member that stands for a rule's member now: itself, or the member it was merged into; none if erased. */
    private Optional<Member> holderNow(Member member) {
        Member now = member;
        for (int hop = 0; now.mergedIntoId() != null && hop < MAX_MERGE_HOPS; hop++) {
            now = members.findById(now.mergedIntoId()).orElseThrow();
        }
        return now.active() ? Optional.of(now) : Optional.empty();
    }

    /** The unlocked member holding an identity with the same email, or else the same GitHub account. */
    private Optional<Long> bySharedAccount(Actor actor, String email) {
        Optional<Identity> shared = email == null ? Optional.empty()
                : identities.findFirstOfUnlockedMemberByEmail(email);
        if (shared.isEmpty()) {
            shared = Identity.gitHubLogin(email, actor.profileUrl()).flatMap(login ->
                    identities.findFirstOfUnlockedMemberByGitHubAccount(
                            login + "@" + Identity.GITHUB_NO_REPLY_DOMAIN,
                            "%+" + login + "@" + Identity.GITHUB_NO_REPLY_DOMAIN,
                            "https://github.com/" + login));
        }
        return shared.map(Identity::memberId);
    }

    private long newMember(Actor actor) {
        String name = firstNonBlank(actor.displayName(), actor.username(), actor.email(), actor.sourceUserId());
        return members.save(Member.create(name, actor.bot(), clock.instant())).id();
    }

    private static String identityKey(Actor actor, String email) {
        if (actor.sourceUserId() != null && !actor.sourceUserId().isBlank()) {
            return actor.sourceUserId().strip();
        }
        if (actor.username() != null && !actor.username().isBlank()) {
            return "username:" + actor.username().strip().toLowerCase(Locale.ROOT);
        }
        return "email:" + email;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        throw new IllegalArgumentException("an actor has no name, username, email or id");
    }
}
