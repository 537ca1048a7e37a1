package org.partnersplatform.core.organization;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.identity.AffiliationOrigin;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Reads organizations with their domains, aliases and how many people they have today, a few queries for the whole
 * list rather than a few per organization.
 */
@Singleton
public class OrganizationViews {

    private static final int MAX_MEMBERS = 500;
    private static final String ACTIVE_AFFILIATION = " FROM affiliation af JOIN member m ON m.id = af.member_id"
            + " WHERE af.set_aside_by_merge_id IS NULL AND m.merged_into_id IS NULL AND m.erased_at IS NULL";

    private final OrganizationRepository organizations;
    private final JdbcOperations jdbc;
    private final DeploymentTime time;
    private final Clock clock;

    OrganizationViews(OrganizationRepository organizations, JdbcOperations jdbc, DeploymentTime time, Clock clock) {
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    /**
     * Organizations not merged into another, provisional ones first, then by name.
     *
     * @param status only those with this status, or all when {@code null}
     */
    @ReadOnly
    public List<OrganizationView> list(OrganizationStatus status) {
        Map<Long, List<String>> domains = grouped("SELECT organization_id, domain FROM organization_domain");
        Map<Long, List<String>> aliases = grouped("SELECT organization_id, alias FROM organization_alias");
        Map<Long, Long> today = membersToday();
        return organizations.findByMergedIntoIdIsNullOrderByName().stream()
                .filter(o -> status == null || o.status() == status)
                .sorted(Comparator.comparing((Organization o) -> o.status() != OrganizationStatus.PROVISIONAL)
                        .thenComparing(Organization::name, String.CASE_INSENSITIVE_ORDER))
                .map(o -> view(o, null, domains, aliases, today))
                .toList();
    }

    /** One organization, merged or not. */
    @ReadOnly
    public OrganizationView of(Organization organization) {
        String mergedInto = Optional.ofNullable(organization.mergedIntoId()).flatMap(organizations::findById)
                .map(Organization::slug).orElse(null);
        return view(organization, mergedInto,
                grouped("SELECT organization_id, domain FROM organization_domain WHERE organization_id = ?",
                        organization.id()),
                grouped("SELECT organization_id, alias FROM organization_alias WHERE organization_id = ?",
                        organization.id()),
                membersToday(organization.id()));
    }

    /** The affiliations people have with an organization (at most 500), by name and start. */
    @ReadOnly
    public List<OrganizationMemberView> members(Organization organization) {
        return jdbc.prepareStatement("SELECT m.id, m.display_name, af.id, af.valid_from, af.valid_to, af.origin"
                + ACTIVE_AFFILIATION + " AND af.organization_id = ?"
                + " ORDER BY m.display_name, m.id, af.valid_from NULLS FIRST, af.id LIMIT " + MAX_MEMBERS,
                statement -> {
                    statement.setLong(1, organization.id());
                    List<OrganizationMemberView> rows = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows.add(new OrganizationMemberView(result.getLong(1), result.getString(2),
                                    result.getLong(3), result.getObject(4, LocalDate.class),
                                    result.getObject(5, LocalDate.class),
                                    AffiliationOrigin.valueOf(result.getString(6))));
                        }
                    }
                    return rows;
                });
    }

    private OrganizationView view(Organization o, String mergedInto, Map<Long, List<String>> domains,
                                  Map<Long, List<String>> aliases, Map<Long, Long> today) {
        return new OrganizationView(o.id(), o.slug(), o.name(), o.website(), o.country(), o.status(), o.staff(),
                o.createdAt(), mergedInto, domains.getOrDefault(o.id(), List.of()),
                aliases.getOrDefault(o.id(), List.of()), today.getOrDefault(o.id(), 0L));
    }

    /** The second column of each row by the first (an organization id), sorted regardless of case. */
    private Map<Long, List<String>> grouped(String sql, long... organizationId) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < organizationId.length; i++) {
                statement.setLong(i + 1, organizationId[i]);
            }
            Map<Long, List<String>> result = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            result.values().forEach(values -> values.sort(String.CASE_INSENSITIVE_ORDER));
            return result;
        });
    }

    /** People affiliated today per organization: of all, or of the one given. */
    private Map<Long, Long> membersToday(long... organizationId) {
        Date today = Date.valueOf(time.dayOf(clock.instant()));
        return jdbc.prepareStatement("SELECT af.organization_id, COUNT(DISTINCT af.member_id)" + ACTIVE_AFFILIATION
                + " AND (af.valid_from IS NULL OR af.valid_from <= ?) AND (af.valid_to IS NULL OR af.valid_to >= ?)"
                + (organizationId.length > 0 ? " AND af.organization_id = ?" : "")
                + " GROUP BY af.organization_id", statement -> {
                    statement.setDate(1, today);
                    statement.setDate(2, today);
                    for (int i = 0; i < organizationId.length; i++) {
                        statement.setLong(3 + i, organizationId[i]);
                    }
                    Map<Long, Long> counts = new HashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            counts.put(rows.getLong(1), rows.getLong(2));
                        }
                    }
                    return counts;
                });
    }
}
