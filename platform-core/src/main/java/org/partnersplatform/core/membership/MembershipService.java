package org.partnersplatform.core.membership;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.affiliation.DateRanges;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;

/**
 * An organization's memberships of the project: recorded and ended by administrators. Two memberships of the same
 * kind (compared without case) never share a day.
 */
@Singleton
public class MembershipService {

    private static final int MAX_KIND = 100;
    private static final int MAX_NOTE = 1000;

    private final MembershipRepository memberships;
    private final OrganizationRepository organizations;
    private final Clock clock;

    public MembershipService(MembershipRepository memberships, OrganizationRepository organizations, Clock clock) {
        this.memberships = memberships;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * The organization's memberships, earliest first.
     *
     * @throws NotFoundException when no organization has the slug
     */
    @Transactional
    public List<Membership> list(String organizationSlug) {
        return memberships.findByOrganization(organization(organizationSlug).id());
    }

    /**
     * Records a membership.
     *
     * @throws InvalidRequestException naming each field that is wrong
     * @throws ConflictException       when it shares a day with a membership of the same kind
     */
    @Transactional
    public Membership create(String organizationSlug, MembershipCommand command, String createdBy) {
        Organization organization = organization(organizationSlug);
        Map<String, String> problems = new LinkedHashMap<>();
        String kind = text(command.kind(), "kind", MAX_KIND, true, problems);
        String tier = text(command.tier(), "tier", MAX_KIND, false, problems);
        String note = text(command.note(), "note", MAX_NOTE, false, problems);
        LocalDate startsOn = DateRanges.date(command.startsOn(), "startsOn", problems);
        if (startsOn == null && !problems.containsKey("startsOn")) {
            problems.put("startsOn", "is required, a date YYYY-MM-DD");
        }
        LocalDate endsOn = DateRanges.date(command.endsOn(), "endsOn", problems);
        ordered(startsOn, endsOn, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the membership is not valid", problems);
        }
        Membership membership = new Membership(null, organization.id(), kind, tier, startsOn, endsOn, note,
                createdBy, clock.instant());
        refuseOverlap(membership);
        return memberships.save(membership);
    }

    /**
     * Ends a membership on a day (or moves its end).
     *
     * @throws NotFoundException       when the organization has no such membership
     * @throws InvalidRequestException when the day is missing, not a date, or not after the membership's first day
     * @throws ConflictException       when the new end makes it share a day with another of the same kind
     */
    @Transactional
    public Membership end(String organizationSlug, long membershipId, String endsOnText) {
        Organization organization = organization(organizationSlug);
        Membership membership = memberships.findById(membershipId)
                .filter(m -> m.organizationId() == organization.id())
                .orElseThrow(() -> new NotFoundException("the organization \"" + organizationSlug
                        + "\" has no membership " + membershipId));
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate endsOn = DateRanges.date(endsOnText, "endsOn", problems);
        if (endsOn == null && !problems.containsKey("endsOn")) {
            problems.put("endsOn", "is required, a date YYYY-MM-DD");
        }
        ordered(membership.startsOn(), endsOn, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the end of the membership is not valid", problems);
        }
        Membership ended = new Membership(membership.id(), membership.organizationId(), membership.kind(),
                membership.tier(), membership.startsOn(), endsOn, membership.note(), membership.createdBy(),
                membership.createdAt());
        refuseOverlap(ended);
        return memberships.update(ended);
    }

    private void refuseOverlap(Membership candidate) {
        String kind = candidate.kind().toLowerCase(Locale.ROOT);
        for (Membership other : memberships.findByOrganization(candidate.organizationId())) {
            if (other.id().equals(candidate.id()) || !other.kind().toLowerCase(Locale.ROOT).equals(kind)) {
                continue;
            }
            boolean disjoint = (candidate.endsOn() != null && candidate.endsOn().isBefore(other.startsOn()))
                    || (other.endsOn() != null && other.endsOn().isBefore(candidate.startsOn()));
            if (!disjoint) {
                throw new ConflictException("the membership would overlap membership " + other.id() + " ("
                        + other.describe() + "): memberships of the same kind cannot share a day");
            }
        }
    }

    private static void ordered(LocalDate startsOn, LocalDate endsOn, Map<String, String> problems) {
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            problems.put("endsOn", "is after startsOn (" + startsOn + ")");
        }
    }

    private static String text(String value, String field, int max, boolean required, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.put(field, "is required");
            }
            return null;
        }
        if (value.strip().length() > max) {
            problems.put(field, "is at most " + max + " characters");
        }
        return value.strip();
    }

    private Organization organization(String slug) {
        return organizations.findBySlug(slug).orElseThrow(() ->
                new NotFoundException("no organization has the slug \"" + slug + "\""));
    }
}
