package org.partnersplatform.core.people;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.identity.Identity;
import org.partnersplatform.core.identity.IdentityRepository;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges one member into another and undoes merges. A merge records every identity and affiliation it moved, and sets
 * aside (rather than moves) a source affiliation that overlaps the target's with the same organization, so that undoing
 * it restores the state before it exactly; an undo that could not do so (something changed since) is refused.
 */
@Singleton
public class MemberMerges {

    private static final Logger LOG = LoggerFactory.getLogger(MemberMerges.class);
    private static final int MAX_REASON = 500;
    private static final int LISTED = 200;

    private final MemberMergeRepository merges;
    private final MergeItems items;
    private final MemberRepository members;
    private final IdentityRepository identities;
    private final AffiliationRepository affiliations;
    private final PeopleAffiliationRepository affiliationMoves;
    private final MergeSuggestionRepository suggestions;
    private final AttributionRecompute recompute;
    private final Clock clock;

    MemberMerges(MemberMergeRepository merges, MergeItems items, MemberRepository members,
                 IdentityRepository identities, AffiliationRepository affiliations,
                 PeopleAffiliationRepository affiliationMoves, MergeSuggestionRepository suggestions,
                 AttributionRecompute recompute, Clock clock) {
        this.merges = merges;
        this.items = items;
        this.members = members;
        this.identities = identities;
        this.affiliations = affiliations;
        this.affiliationMoves = affiliationMoves;
        this.suggestions = suggestions;
        this.recompute = recompute;
        this.clock = clock;
    }

    /**
     * An administrator merges {@code sourceMemberId} into {@code targetMemberId}: all its identities and the
     * affiliations that do not clash move to the target, and the source points to the target.
     *
     * @param reason why, for the record; "merged by hand" when blank
     */
    @Transactional
    public MergeView merge(Long targetMemberId, Long sourceMemberId, String reason, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (targetMemberId == null) {
            problems.put("targetMemberId", "is required: the member that stays");
        }
        if (sourceMemberId == null) {
            problems.put("sourceMemberId", "is required: the member merged into the other");
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            problems.put("reason", "is at most " + MAX_REASON + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the merge is not valid", problems);
        }
        String why = reason == null || reason.isBlank() ? "merged by hand" : reason.strip();
        return mergeWhole(targetMemberId, sourceMemberId, why, false, by);
    }

    /** Merges a whole member, in the caller's transaction (for suggestions and identity rules). */
    MergeView mergeWhole(long targetMemberId, long sourceMemberId, String reason, boolean automatic, String by) {
        Member target = active(targetMemberId, "target");
        Member source = active(sourceMemberId, "source");
        if (target.id().equals(source.id())) {
            throw new ConflictException("member #" + target.id() + " cannot be merged into itself");
        }
        MemberMerge merge = merges.save(MemberMerge.create(target.id(), source.id(), reason, automatic, by, now()));
        List<Long> moved = identities.findByMemberId(source.id()).stream().map(Identity::id).toList();
        moveIdentities(merge.id(), moved, target.id());
        moveAffiliations(merge.id(), source.id(), target.id());
        members.updateMergedIntoId(source.id(), target.id());
        suggestions.obsoleteNaming(source.id());
        recompute.members(List.of(target.id(), source.id()), "merge #" + merge.id());
        LOG.info("Merge #{}: member {} merged into member {}, {} identities moved", merge.id(), source.id(),
                target.id(), moved.size());
        return new MergeView(merge, moved);
    }

    /**
     * An identity rule moves some identities of a member to the rule's member, as an automatic merge that can be
     * undone. A member left with no identity is merged whole; one that keeps some stays active.
     */
    MergeView moveByRule(long ruleId, long targetMemberId, long sourceMemberId, List<Long> identityIds, String by) {
        String reason = "identity rule #" + ruleId;
        if (identities.findByMemberId(sourceMemberId).size() == identityIds.size()) {
            return mergeWhole(targetMemberId, sourceMemberId, reason, true, by);
        }
        MemberMerge merge = merges.save(MemberMerge.create(targetMemberId, sourceMemberId, reason, true, by, now()));
        moveIdentities(merge.id(), identityIds, targetMemberId);
        recompute.members(List.of(targetMemberId, sourceMemberId), "merge #" + merge.id());
        LOG.info("Merge #{}: {} identities of member {} moved to member {} by identity rule {}", merge.id(),
                identityIds.size(), sourceMemberId, targetMemberId, ruleId);
        return new MergeView(merge, identityIds);
    }

    /**
     * Undoes a merge: the identities and affiliations it moved go back, the affiliations it set aside count again,
     * the source stands on its own again, and a suggestion accepted with it is rejected so the pair is not suggested
     * again. Refused when the state it restores no longer exists (the target was merged or erased since, an identity
     * moved on): the message names what to undo first.
     */
    @Transactional
    public MergeView undo(long mergeId, String by) {
        MemberMerge merge = merges.findById(mergeId)
                .orElseThrow(() -> new NotFoundException("there is no merge #" + mergeId));
        if (merge.undone()) {
            throw new ConflictException("merge #" + mergeId + " was already undone by " + merge.undoneBy() + " at "
                    + merge.undoneAt());
        }
        Member target = member(merge.targetMemberId());
        Member source = member(merge.sourceMemberId());
        requireStandingForUndo(merge, target, "target");
        boolean absorbed = source.mergedIntoId() != null;
        if (absorbed) {
            MemberMerge absorbing = merges.latestInForceFrom(source.id()).orElseThrow();
            if (!absorbing.id().equals(merge.id())) {
                throw new ConflictException("member #" + source.id() + " was merged again by merge #"
                        + absorbing.id() + " after merge #" + mergeId + ": undo merge #" + absorbing.id() + " first");
            }
        } else {
            requireStandingForUndo(merge, source, "source");
        }
        List<Long> identityIds = items.of(mergeId, MergeItemKind.IDENTITY);
        requireHeldByTarget(merge, identityIds);
        if (!identityIds.isEmpty()) {
            identities.moveTo(identityIds, source.id());
        }
        List<Long> affiliationIds = items.of(mergeId, MergeItemKind.AFFILIATION);
        if (!affiliationIds.isEmpty()) {
            affiliationMoves.move(affiliationIds, target.id(), source.id());
        }
        affiliationMoves.restoreSetAsideBy(mergeId);
        if (absorbed) {
            members.updateMergedIntoId(source.id(), null);
        }
        Instant now = now();
        MemberMerge undone = merges.update(merge.undo(by, now));
        suggestions.rejectAcceptedWith(mergeId, by, now);
        recompute.members(List.of(target.id(), source.id()), "merge #" + mergeId + " undone");
        LOG.info("Merge #{} undone: {} identities moved back from member {} to member {}", mergeId,
                identityIds.size(), target.id(), source.id());
        return new MergeView(undone, identityIds);
    }

    @ReadOnly
    public MergeView get(long mergeId) {
        MemberMerge merge = merges.findById(mergeId)
                .orElseThrow(() -> new NotFoundException("there is no merge #" + mergeId));
        return new MergeView(merge, items.of(mergeId, MergeItemKind.IDENTITY));
    }

    /** The latest merges, newest first. */
    @ReadOnly
    public List<MergeView> latest() {
        return withIdentities(merges.latest(LISTED));
    }

    /** The merges a member took part in, as target or source, newest first. */
    @ReadOnly
    public List<MergeView> involving(long memberId) {
        return withIdentities(merges.involving(memberId));
    }

    private List<MergeView> withIdentities(List<MemberMerge> found) {
        List<MergeView> views = new ArrayList<>();
        for (MemberMerge merge : found) {
            views.add(new MergeView(merge, items.of(merge.id(), MergeItemKind.IDENTITY)));
        }
        return views;
    }

    private void moveIdentities(long mergeId, List<Long> identityIds, long targetMemberId) {
        if (!identityIds.isEmpty()) {
            identities.moveTo(identityIds, targetMemberId);
        }
        items.record(mergeId, MergeItemKind.IDENTITY, identityIds);
    }

    /**
     * Moves the source's counting affiliations to the target, except those overlapping a counting target affiliation
     * with the same organization: two periods at one organization would count twice, so the source's is set aside.
     */
    private void moveAffiliations(long mergeId, long sourceMemberId, long targetMemberId) {
        List<Affiliation> held = affiliations.findByMemberId(targetMemberId).stream()
                .filter(Affiliation::counts).toList();
        List<Long> moved = new ArrayList<>();
        List<Long> setAside = new ArrayList<>();
        for (Affiliation affiliation : affiliations.findByMemberId(sourceMemberId)) {
            if (!affiliation.counts()) {
                continue;
            }
            boolean clashes = held.stream().anyMatch(h -> h.organizationId().equals(affiliation.organizationId())
                    && h.overlaps(affiliation.validFrom(), affiliation.validTo()));
            (clashes ? setAside : moved).add(affiliation.id());
        }
        if (!moved.isEmpty()) {
            affiliationMoves.move(moved, sourceMemberId, targetMemberId);
            items.record(mergeId, MergeItemKind.AFFILIATION, moved);
        }
        if (!setAside.isEmpty()) {
            affiliationMoves.setAside(setAside, mergeId);
        }
    }

    private void requireStandingForUndo(MemberMerge merge, Member member, String role) {
        if (member.erasedAt() != null) {
            throw new ConflictException("the " + role + " member #" + member.id() + " was erased since merge #"
                    + merge.id() + ", which can no longer be undone");
        }
        if (member.mergedIntoId() != null) {
            String later = merges.latestInForceFrom(member.id()).map(m -> "#" + m.id()).orElse("");
            throw new ConflictException("the " + role + " member #" + member.id() + " was merged into member #"
                    + member.mergedIntoId() + " by merge " + later + " since: undo merge " + later + " first");
        }
    }

    private void requireHeldByTarget(MemberMerge merge, List<Long> identityIds) {
        if (identityIds.isEmpty()) {
            return;
        }
        Map<Long, Identity> now = new LinkedHashMap<>();
        identities.findByIdInList(identityIds).forEach(i -> now.put(i.id(), i));
        for (Long id : identityIds) {
            Identity identity = now.get(id);
            if (identity == null || !identity.memberId().equals(merge.targetMemberId())) {
                throw new ConflictException("identity #" + id + " moved on from member #" + merge.targetMemberId()
                        + (identity == null ? " (it no longer exists)" : " to member #" + identity.memberId())
                        + " after merge #" + merge.id() + ": move it back before undoing the merge");
            }
        }
    }

    private Member active(long memberId, String role) {
        Member member = member(memberId);
        if (member.erasedAt() != null) {
            throw new ConflictException("the " + role + " member #" + memberId + " was erased");
        }
        if (member.mergedIntoId() != null) {
            throw new ConflictException("the " + role + " member #" + memberId + " was merged into member #"
                    + member.mergedIntoId());
        }
        return member;
    }

    /** Now, to the microsecond the database keeps, so what a call returns is what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Member member(long memberId) {
        return members.findById(memberId)
                .orElseThrow(() -> new NotFoundException("there is no member #" + memberId));
    }
}
