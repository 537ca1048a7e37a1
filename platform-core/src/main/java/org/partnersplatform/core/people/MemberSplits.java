package org.partnersplatform.core.people;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.identity.DomainAffiliations;
import org.partnersplatform.core.identity.Identity;
import org.partnersplatform.core.identity.IdentityRepository;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a member that is really two people: chosen identities move to a new member, named after the first of them
 * and affiliated by their email domains (never creating an organization), and both members' activities are
 * recomputed.
 */
@Singleton
public class MemberSplits {

    private static final Logger LOG = LoggerFactory.getLogger(MemberSplits.class);

    private final MemberRepository members;
    private final IdentityRepository identities;
    private final DomainAffiliations domainAffiliations;
    private final AttributionRecompute recompute;
    private final Clock clock;

    MemberSplits(MemberRepository members, IdentityRepository identities, DomainAffiliations domainAffiliations,
                 AttributionRecompute recompute, Clock clock) {
        this.members = members;
        this.identities = identities;
        this.domainAffiliations = domainAffiliations;
        this.recompute = recompute;
        this.clock = clock;
    }

    /**
     * Moves identities of a member (some, not all) to a new member.
     *
     * @param identityIds the identities to move; the first names the new member
     * @return the new member
     */
    @Transactional
    public Member split(long memberId, List<Long> identityIds) {
        Member member = members.findById(memberId)
                .orElseThrow(() -> new NotFoundException("there is no member #" + memberId));
        if (!member.active()) {
            throw new ConflictException("member #" + memberId + " was merged or erased and holds no identities");
        }
        Set<Long> chosen = new LinkedHashSet<>(identityIds == null ? List.of() : identityIds);
        chosen.remove(null);
        if (chosen.isEmpty()) {
            throw new InvalidRequestException("choose the identities to split off",
                    Map.of("identityIds", "names at least one identity of member #" + memberId));
        }
        Map<Long, Identity> held = new LinkedHashMap<>();
        identities.findByMemberId(memberId).forEach(i -> held.put(i.id(), i));
        List<Long> foreign = chosen.stream().filter(id -> !held.containsKey(id)).toList();
        if (!foreign.isEmpty()) {
            throw new InvalidRequestException("only the member's own identities can be split off",
                    Map.of("identityIds", "identities " + foreign + " are not held by member #" + memberId));
        }
        if (chosen.size() == held.size()) {
            throw new InvalidRequestException("a split leaves at least one identity on the member",
                    Map.of("identityIds", "names every identity of member #" + memberId
                            + "; to move them all to another member, merge instead"));
        }
        List<Identity> moving = chosen.stream().map(held::get).toList();
        Member created = members.save(Member.create(nameOf(moving.get(0)), member.bot(), clock.instant()));
        identities.moveTo(chosen, created.id());
        moving.stream().map(Identity::email).filter(e -> e != null)
                .forEach(email -> domainAffiliations.affiliateByEmail(created.id(), email, false));
        recompute.members(List.of(memberId, created.id()), "member #" + memberId + " split");
        LOG.info("Member {} split: {} identities moved to the new member {}", memberId, chosen.size(), created.id());
        return created;
    }

    private static String nameOf(Identity identity) {
        return Stream.of(identity.displayName(), identity.username(), identity.email())
                .filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst()
                .orElse("identity #" + identity.id());
    }
}
