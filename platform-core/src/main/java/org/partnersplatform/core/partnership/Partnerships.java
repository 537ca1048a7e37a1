package org.partnersplatform.core.partnership;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.organization.Organizations;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.policy.PartnershipPolicy;

/** Reads partnerships: the current partners, every partnership for administrators, and one with its events. */
@Singleton
public class Partnerships {

    private static final String SELECT = "SELECT o.slug, o.name, p.status, p.since, p.tier, p.months_below,"
            + " p.last_month, p.policy_version FROM partnership p JOIN organization o ON o.id = p.organization_id";

    private final PartnershipRepository partnerships;
    private final PartnershipEventRepository events;
    private final Organizations organizations;
    private final DeploymentPolicy policy;
    private final JdbcOperations jdbc;

    Partnerships(PartnershipRepository partnerships, PartnershipEventRepository events, Organizations organizations,
                 DeploymentPolicy policy, JdbcOperations jdbc) {
        this.partnerships = partnerships;
        this.events = events;
        this.organizations = organizations;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    /** The current partners (active or in grace), by name. */
    @ReadOnly
    public List<PartnerView> current() {
        return query(SELECT + " WHERE p.status IN ('ACTIVE', 'GRACE') ORDER BY o.name, o.id");
    }

    /** Every organization that was ever a partner, current ones first, then by name. */
    @ReadOnly
    public List<PartnerView> all() {
        return query(SELECT + " ORDER BY CASE WHEN p.status = 'DELISTED' THEN 1 ELSE 0 END, o.name, o.id");
    }

    /**
     * An organization's partnership.
     *
     * @throws NotFoundException if the organization does not exist or was never a partner
     */
    @ReadOnly
    public PartnerView of(String slug) {
        Organization organization = organizations.bySlug(slug);
        Partnership partnership = partnerships.findByOrganizationId(organization.id())
                .orElseThrow(() -> new NotFoundException(organization.name() + " was never a partner"));
        return view(organization.slug(), organization.name(), partnership);
    }

    /** What happened to an organization's partnership, oldest first. */
    @ReadOnly
    public List<PartnershipEvent> events(String slug) {
        return events.findByOrganizationIdOrderById(organizations.bySlug(slug).id());
    }

    /**
     * Locks a current partner's partnership until the transaction ends, so that what the caller counts for it cannot
     * change under it (two roadmap requests at once queue here). Call it inside a transaction.
     *
     * @throws ConflictException if the organization is not a partner now
     */
    public Partnership lockCurrent(Organization organization) {
        return partnerships.findByOrganizationIdForUpdate(organization.id()).filter(p -> p.status().current())
                .orElseThrow(() -> new ConflictException(organization.name() + " is not a partner now; only an"
                        + " active partner or one in its grace period can do this"));
    }

    private List<PartnerView> query(String sql) {
        return jdbc.prepareStatement(sql, statement -> {
            List<PartnerView> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(row(rows));
                }
            }
            return found;
        });
    }

    private PartnerView row(ResultSet rows) throws SQLException {
        String tier = rows.getString(5);
        return new PartnerView(rows.getString(1), rows.getString(2), PartnerStatus.valueOf(rows.getString(3)),
                rows.getDate(4).toLocalDate(), tier, label(tier), rows.getInt(6), rows.getString(7),
                rows.getString(8));
    }

    private PartnerView view(String slug, String name, Partnership partnership) {
        return new PartnerView(slug, name, partnership.status(), partnership.since(), partnership.tier(),
                label(partnership.tier()), partnership.monthsBelow(), partnership.lastMonth(),
                partnership.policyVersion());
    }

    /** The label of a tier id in the current policy; an id the policy no longer has shows as itself. */
    private String label(String tier) {
        if (tier == null) {
            return null;
        }
        return policy.partnership().tiers().stream().filter(t -> t.id().equals(tier))
                .map(PartnershipPolicy.Tier::label).findFirst().orElse(tier);
    }
}
