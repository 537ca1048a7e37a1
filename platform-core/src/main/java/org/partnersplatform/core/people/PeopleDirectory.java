package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.Attribution;
import org.partnersplatform.core.identity.Identity;
import org.partnersplatform.core.identity.IdentityRepository;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.time.DeploymentTime;

/** Reads people for administrators: search, a person with their identities, affiliations and latest activity. */
@Singleton
public class PeopleDirectory {

    /** The most people one page holds. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final String ACTIVITY = "SELECT a.occurred_at, s.name, t.label, a.title, a.url, o.name"
            + " FROM activity a JOIN source_installation s ON s.id = a.installation_id"
            + " JOIN activity_type t ON t.id = a.activity_type_id LEFT JOIN organization o ON o.id = a.organization_id"
            + " WHERE a.member_id = ? ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?";

    private final MemberRepository members;
    private final IdentityRepository identities;
    private final AffiliationRepository affiliations;
    private final PeopleAffiliationRepository memberAffiliations;
    private final PeopleOrganizationRepository organizations;
    private final JdbcOperations jdbc;
    private final DeploymentTime time;
    private final Clock clock;

    PeopleDirectory(MemberRepository members, IdentityRepository identities, AffiliationRepository affiliations,
                    PeopleAffiliationRepository memberAffiliations, PeopleOrganizationRepository organizations,
                    JdbcOperations jdbc, DeploymentTime time, Clock clock) {
        this.members = members;
        this.identities = identities;
        this.affiliations = affiliations;
        this.memberAffiliations = memberAffiliations;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    /**
     * Active members whose name, or an identity's username, name or email, contains the query (any case), by name.
     *
     * @param query the text to look for; blank for everyone
     * @param page from 0
     * @param size 1 to {@value #MAX_PAGE_SIZE}
     */
    @ReadOnly
    public PeoplePage search(@Nullable String query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("the page is out of range",
                    Map.of("page", "is 0 or more", "size", "is between 1 and " + MAX_PAGE_SIZE));
        }
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<Member> found = members.search(pattern, size + 1, page * size);
        boolean hasMore = found.size() > size;
        return new PeoplePage(summaries(hasMore ? found.subList(0, size) : found), page, size, hasMore);
    }

    /** Any member, active or not. */
    @ReadOnly
    public PersonSummary get(long memberId) {
        Member member = members.findById(memberId)
                .orElseThrow(() -> new NotFoundException("there is no member #" + memberId));
        return summaries(List.of(member)).get(0);
    }

    /** Members by id, any of them that exist, with their identities and organization today. */
    @ReadOnly
    public Map<Long, PersonSummary> byIds(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return summaries(members.findByIdInList(memberIds.stream().distinct().toList())).stream()
                .collect(Collectors.toMap(p -> p.member().id(), Function.identity()));
    }

    /** A member's affiliations with their organizations, oldest first (open starts first). */
    @ReadOnly
    public List<PersonAffiliation> affiliations(long memberId) {
        List<Affiliation> held = affiliations.findByMemberId(memberId);
        Map<Long, Organization> named = organizationsById(held.stream().map(Affiliation::organizationId).toList());
        return held.stream()
                .sorted(Comparator.comparing((Affiliation a) -> a.validFrom() == null ? LocalDate.MIN : a.validFrom())
                        .thenComparing(Affiliation::id))
                .map(a -> new PersonAffiliation(a, named.get(a.organizationId())))
                .toList();
    }

    /** A member's latest activities, newest first. */
    @ReadOnly
    public List<PersonActivity> latestActivity(long memberId, int limit) {
        return jdbc.prepareStatement(ACTIVITY, statement -> {
            statement.setLong(1, memberId);
            statement.setInt(2, limit);
            List<PersonActivity> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new PersonActivity(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6)));
                }
            }
            return rows;
        });
    }

    private List<PersonSummary> summaries(List<Member> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Member::id).toList();
        Map<Long, List<Identity>> identitiesOf = identities.findByMemberIdInList(ids).stream()
                .sorted(Comparator.comparing(Identity::id))
                .collect(Collectors.groupingBy(Identity::memberId));
        Map<Long, List<Affiliation>> affiliationsOf = memberAffiliations.findByMemberIdInList(ids).stream()
                .collect(Collectors.groupingBy(Affiliation::memberId));
        LocalDate today = time.dayOf(clock.instant());
        Map<Long, Long> organizationOf = new HashMap<>();
        for (Long id : ids) {
            Attribution.of(affiliationsOf.getOrDefault(id, List.of()), today)
                    .ifPresent(organization -> organizationOf.put(id, organization));
        }
        Map<Long, Organization> named = organizationsById(organizationOf.values());
        return page.stream()
                .map(m -> new PersonSummary(m, identitiesOf.getOrDefault(m.id(), List.of()),
                        organizationOf.containsKey(m.id()) ? named.get(organizationOf.get(m.id())) : null))
                .toList();
    }

    private Map<Long, Organization> organizationsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organizations.findByIdInList(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
    }
}
