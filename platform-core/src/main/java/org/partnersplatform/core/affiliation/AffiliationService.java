package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationOrigin;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.organization.OrganizationLookup;

/**
 * A person's dated affiliations as administrators (and approved claims) set them. Ranges of one person with one
 * organization never overlap; an automatic affiliation edited by hand becomes MANUAL, so the email domain rule never
 * overwrites it again. Every change recomputes the person's activities, so a month counts for the organization valid
 * on each day.
 */
@Singleton
public class AffiliationService {

    private static final int MAX_NOTE = 1000;

    private final ActiveMembers members;
    private final AffiliationRepository affiliations;
    private final OrganizationRepository organizations;
    private final OrganizationLookup lookup;
    private final AttributionRecompute recompute;
    private final Clock clock;

    AffiliationService(ActiveMembers members, AffiliationRepository affiliations,
                       OrganizationRepository organizations, OrganizationLookup lookup,
                       AttributionRecompute recompute, Clock clock) {
        this.members = members;
        this.affiliations = affiliations;
        this.organizations = organizations;
        this.lookup = lookup;
        this.recompute = recompute;
        this.clock = clock;
    }

    /** A member's affiliations, set-aside ones included, oldest first. */
    @ReadOnly
    public List<AffiliationView> list(long memberId) {
        members.get(memberId);
        return affiliations.findByMemberId(memberId).stream()
                .sorted(Comparator.comparing((Affiliation a) -> a.validFrom() == null ? LocalDate.MIN : a.validFrom())
                        .thenComparing(Affiliation::id))
                .map(this::view)
                .toList();
    }

    /**
     * Adds an affiliation.
     *
     * @throws InvalidRequestException naming each wrong field
     * @throws ConflictException if it overlaps an affiliation with the same organization, naming it; or the member
     *         was merged or erased
     */
    @Transactional
    public AffiliationView add(long memberId, AffiliationCommand command) {
        Member member = members.active(memberId);
        Valid valid = validate(command, null);
        List<Affiliation> held = endPrevious(memberId, valid, null);
        refuseOverlap(member, held, valid, null);
        Affiliation saved = affiliations.save(Affiliation.create(memberId, valid.organization().id(), valid.from(),
                valid.to(), valid.origin(), clock.instant(), valid.note()));
        recompute.members(List.of(memberId), "affiliation #" + saved.id() + " of member #" + memberId + " added");
        return view(saved);
    }

    /**
     * Changes an affiliation; an automatic one becomes MANUAL unless another origin is given.
     *
     * @throws NotFoundException if the member has no such affiliation
     * @throws ConflictException if the change makes it overlap another with the same organization, or it was set
     *         aside by a member merge
     */
    @Transactional
    public AffiliationView update(long memberId, long affiliationId, AffiliationCommand command) {
        Member member = members.active(memberId);
        Affiliation existing = owned(memberId, affiliationId);
        if (!existing.counts()) {
            throw new ConflictException("affiliation #" + affiliationId + " was set aside by member merge #"
                    + existing.setAsideByMergeId() + "; undo that merge, or delete it");
        }
        Valid valid = validate(command, existing.origin().automatic() ? AffiliationOrigin.MANUAL : existing.origin());
        List<Affiliation> held = endPrevious(memberId, valid, affiliationId);
        refuseOverlap(member, held, valid, affiliationId);
        Affiliation saved = affiliations.update(new Affiliation(existing.id(), memberId, valid.organization().id(),
                valid.from(), valid.to(), valid.origin(), existing.createdAt(), valid.note(),
                existing.setAsideByMergeId()));
        recompute.members(List.of(memberId), "affiliation #" + affiliationId + " of member #" + memberId + " changed");
        return view(saved);
    }

    /**
     * Deletes an affiliation.
     *
     * @throws NotFoundException if the member has no such affiliation
     */
    @Transactional
    public void delete(long memberId, long affiliationId) {
        members.active(memberId);
        affiliations.delete(owned(memberId, affiliationId));
        recompute.members(List.of(memberId), "affiliation #" + affiliationId + " of member #" + memberId + " deleted");
    }

    private Affiliation owned(long memberId, long affiliationId) {
        return affiliations.findById(affiliationId)
                .filter(a -> a.memberId() == memberId)
                .orElseThrow(() -> new NotFoundException("member #" + memberId + " has no affiliation #"
                        + affiliationId));
    }

    /**
     * With {@code endPrevious}: ends the member's other counting affiliations that began before {@code from} and run
     * past it on the day before; an automatic one so ended becomes MANUAL, as any edit by hand does.
     *
     * @return the member's affiliations after that
     */
    private List<Affiliation> endPrevious(long memberId, Valid valid, @Nullable Long except) {
        List<Affiliation> held = new ArrayList<>(affiliations.findByMemberId(memberId));
        if (!valid.endPrevious()) {
            return held;
        }
        LocalDate dayBefore = valid.from().minusDays(1);
        for (int i = 0; i < held.size(); i++) {
            Affiliation a = held.get(i);
            boolean runsAcross = (a.validFrom() == null || a.validFrom().isBefore(valid.from()))
                    && (a.validTo() == null || !a.validTo().isBefore(valid.from()));
            if (a.counts() && !a.id().equals(except) && runsAcross) {
                AffiliationOrigin origin = a.origin().automatic() ? AffiliationOrigin.MANUAL : a.origin();
                held.set(i, affiliations.update(new Affiliation(a.id(), a.memberId(), a.organizationId(),
                        a.validFrom(), dayBefore, origin, a.createdAt(), a.note(), null)));
            }
        }
        return held;
    }

    private void refuseOverlap(Member member, List<Affiliation> held, Valid valid, @Nullable Long except) {
        Optional<Affiliation> clash = AffiliationOverlaps.first(held, valid.organization().id(), valid.from(),
                valid.to(), except);
        if (clash.isPresent()) {
            throw new ConflictException(member.displayName() + " (member #" + member.id() + ") already has "
                    + AffiliationOverlaps.describe(clash.get(), valid.organization().name())
                    + ", which overlaps " + DateRanges.describe(valid.from(), valid.to())
                    + "; ranges of one person with one organization may not overlap: change or delete it first");
        }
    }

    private Valid validate(AffiliationCommand command, AffiliationOrigin defaultOrigin) {
        Map<String, String> problems = new LinkedHashMap<>();
        OrganizationLookup.Found found = lookup.find(command.organization());
        if (!found.found()) {
            problems.put("organization", found.problem());
        }
        LocalDate from = DateRanges.date(command.from(), "from", problems);
        LocalDate to = DateRanges.date(command.to(), "to", problems);
        DateRanges.ordered(from, to, problems);
        AffiliationOrigin origin = origin(command.origin(), defaultOrigin, problems);
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.put("note", "is at most " + MAX_NOTE + " characters");
        }
        if (command.endPrevious() && from == null && !problems.containsKey("from")) {
            problems.put("from", "is required to end the previous affiliations on the day before");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the affiliation is not valid", problems);
        }
        return new Valid(found.organization(), from, to, origin, note, command.endPrevious());
    }

    private static AffiliationOrigin origin(@Nullable String value, @Nullable AffiliationOrigin defaultOrigin,
                                            Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return defaultOrigin == null ? AffiliationOrigin.MANUAL : defaultOrigin;
        }
        String key = value.strip().toUpperCase(Locale.ROOT);
        for (AffiliationOrigin origin : AffiliationOrigin.values()) {
            if (!origin.automatic() && origin.name().equals(key)) {
                return origin;
            }
        }
        problems.put("origin", "is MANUAL, SELF_DECLARED or IMPORT (EMAIL_DOMAIN is set by the domain rule only)");
        return null;
    }

    private AffiliationView view(Affiliation a) {
        Organization organization = organizations.findById(a.organizationId()).orElseThrow();
        return new AffiliationView(a.id(), a.memberId(), organization.slug(), organization.name(), a.validFrom(),
                a.validTo(), a.origin(), a.note(), !a.counts(), a.createdAt());
    }

    private record Valid(Organization organization, LocalDate from, LocalDate to, AffiliationOrigin origin,
                         String note, boolean endPrevious) {
    }
}
