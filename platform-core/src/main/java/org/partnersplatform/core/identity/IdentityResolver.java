package org.partnersplatform.core.identity;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.partnersplatform.api.source.Actor;

/**
 * Links an actor from a source to an identity and a member: by (source, source user id) first, then by a shared
 * email with an identity on any source; otherwise a new member is created and affiliated by email domain. Runs inside
 * the caller's transaction.
 */
@Singleton
public class IdentityResolver {

    private final IdentityRepository identities;
    private final MemberRepository members;
    private final DomainAffiliations domainAffiliations;
    private final Clock clock;

    public IdentityResolver(IdentityRepository identities, MemberRepository members,
                            DomainAffiliations domainAffiliations, Clock clock) {
        this.identities = identities;
        this.members = members;
        this.domainAffiliations = domainAffiliations;
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
        Optional<Identity> existing = identities.findBySourceAndSourceUserId(source, key);
        if (existing.isPresent()) {
            return new ResolvedActor(existing.get().id(), existing.get().memberId());
        }
        long memberId = email == null
                ? newMember(actor)
                : identities.findFirstByEmailOrderById(email).map(Identity::memberId).orElseGet(() -> newMember(actor));
        Identity identity = identities.save(new Identity(null, memberId, source, key, actor.username(),
                actor.displayName(), email, actor.profileUrl(), actor.bot(), clock.instant()));
        if (email != null) {
            domainAffiliations.affiliateByEmail(memberId, email, createProvisional);
        }
        return new ResolvedActor(identity.id(), memberId);
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
