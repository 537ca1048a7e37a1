package org.partnersplatform.core.partnership;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.alert.Alert;
import org.partnersplatform.core.alert.AlertCandidate;
import org.partnersplatform.core.alert.AlertKind;
import org.partnersplatform.core.alert.AlertSubject;
import org.partnersplatform.core.alert.Alerts;
import org.partnersplatform.core.alert.PartnerOrganizations;
import org.partnersplatform.core.eligibility.PracticalMonths;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.policy.PartnershipPolicy;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partner lifecycle, the one place that makes an organization a partner or not ({@code organization.partner}).
 * Approval makes it ACTIVE. Each closed month, a current partner's accepted contributions are held to the policy's
 * practical minimum: the first month below starts the grace period (GRACE), a month at or above it ends it
 * (RECOVERED), a month below once {@code lifecycle.graceMonths} have passed ends the grace period (GRACE_ENDED, when
 * that comes before delisting), and {@code lifecycle.delistAfterMonths} months below in a row delist it. The tier is
 * recomputed each month. Every step is an event with the policy version and an alert through {@link Alerts}. A partnership remembers
 * the last month evaluated, so evaluating a month again changes nothing, and a month skipped is evaluated first.
 */
@Singleton
public class PartnerLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerLifecycle.class);

    private final PartnershipRepository partnerships;
    private final PartnershipEventRepository events;
    private final OrganizationRepository organizations;
    private final PartnerOrganizations flags;
    private final PracticalMonths practical;
    private final PartnerTiers tiers;
    private final Alerts alerts;
    private final DeploymentPolicy policy;
    private final DeploymentTime time;
    private final Clock clock;
    private final JdbcOperations jdbc;

    PartnerLifecycle(PartnershipRepository partnerships, PartnershipEventRepository events,
                     OrganizationRepository organizations, PartnerOrganizations flags, PracticalMonths practical,
                     PartnerTiers tiers, Alerts alerts, DeploymentPolicy policy, DeploymentTime time, Clock clock,
                     JdbcOperations jdbc) {
        this.partnerships = partnerships;
        this.events = events;
        this.organizations = organizations;
        this.flags = flags;
        this.practical = practical;
        this.tiers = tiers;
        this.alerts = alerts;
        this.policy = policy;
        this.time = time;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** What evaluating a month did: how many partners it looked at, the events it recorded, the alerts it raised. */
    public record Evaluation(YearMonth month, int partners, List<PartnershipEvent> events, List<Alert> alerts) {

        public Evaluation {
            events = List.copyOf(events);
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * Makes an organization a partner (again): ACTIVE from today, with the tier of the last closed month; the
     * lifecycle evaluates it from the current month on. Runs in the caller's transaction.
     *
     * @param reason why, for the APPROVED event ("application #4 approved by alice")
     */
    @Transactional
    public Partnership approve(Organization organization, String reason) {
        Instant now = clock.instant();
        LocalDate today = time.dayOf(now);
        YearMonth lastClosed = time.currentMonth().minusMonths(1);
        String version = policy.policy().version();
        String tier = tiers.of(organization.id(), lastClosed).map(PartnershipPolicy.Tier::id).orElse(null);
        Optional<Partnership> existing = partnerships.findByOrganizationIdForUpdate(organization.id());
        if (existing.filter(p -> p.status().current()).isPresent()) {
            throw new ConflictException(organization.name() + " is a partner already");
        }
        Partnership partnership = new Partnership(existing.map(Partnership::id).orElse(null), organization.id(),
                PartnerStatus.ACTIVE, today, tier, 0, lastClosed.toString(), version, now);
        Partnership saved = existing.isPresent() ? partnerships.update(partnership) : partnerships.save(partnership);
        events.save(new PartnershipEvent(null, organization.id(), PartnershipEventKind.APPROVED,
                YearMonth.from(today).toString(), reason + (tier == null ? "" : "; tier " + label(tier)), version,
                now));
        flags.setPartner(organization.slug(), true);
        LOG.info("{} is a partner from {} (tier {})", organization.slug(), today, tier);
        return saved;
    }

    /**
     * Evaluates a closed month for every current partner (and any month of theirs not evaluated before it).
     *
     * @throws ConflictException if the month is not over yet in the deployment's time zone
     */
    @Transactional
    public Evaluation evaluate(YearMonth month) {
        if (!month.isBefore(time.currentMonth())) {
            throw new ConflictException(month + " is not over yet: it can be evaluated from "
                    + month.plusMonths(1).atDay(1) + " (" + time.zone().getId() + ")");
        }
        List<PartnershipEvent> recorded = new ArrayList<>();
        List<AlertCandidate> found = new ArrayList<>();
        List<Long> current = currentPartners();
        for (long organizationId : current) {
            Partnership partnership = partnerships.findByOrganizationIdForUpdate(organizationId).orElseThrow();
            Organization organization = organizations.findById(organizationId).orElseThrow();
            YearMonth next = partnership.lastMonth() == null ? month
                    : YearMonth.parse(partnership.lastMonth()).plusMonths(1);
            boolean changed = false;
            for (YearMonth m = next; !m.isAfter(month) && partnership.status().current(); m = m.plusMonths(1)) {
                partnership = step(organization, partnership, m, recorded, found);
                changed = true;
            }
            if (changed) {
                partnerships.update(partnership);
            }
        }
        List<Alert> raised = alerts.raise(found);
        LOG.info("Evaluated {} for {} partner(s): {} event(s), {} alert(s)", month, current.size(), recorded.size(),
                raised.size());
        return new Evaluation(month, current.size(), recorded, raised);
    }

    private Partnership step(Organization organization, Partnership before, YearMonth month,
                             List<PartnershipEvent> recorded, List<AlertCandidate> found) {
        PartnershipPolicy rules = policy.partnership();
        String version = policy.policy().version();
        Instant now = clock.instant();
        LocalDate closedOn = month.plusMonths(1).atDay(1);
        long minimum = rules.practical().minimumContributions();
        long made = practical.contributions(organization.id(), month, month).getOrDefault(month, 0L);
        String counted = "%d contribution%s in %s, %s the practical minimum of %d".formatted(made,
                made == 1 ? "" : "s", name(month), made < minimum ? "below" : "at or above", minimum);
        PartnerStatus status = before.status();
        LocalDate since = before.since();
        int below = made < minimum ? before.monthsBelow() + 1 : 0;
        if (made < minimum && below >= rules.lifecycle().delistAfterMonths()) {
            status = PartnerStatus.DELISTED;
            since = closedOn;
            String reason = counted + "; delisted after " + below + " month" + (below == 1 ? "" : "s")
                    + " in a row below it";
            recorded.add(event(organization, PartnershipEventKind.DELISTED, month, reason, version, now));
            found.add(alert(AlertKind.PARTNER_DELISTED, organization, month, reason));
            flags.setPartner(organization.slug(), false);
        } else if (made < minimum && status == PartnerStatus.ACTIVE) {
            status = PartnerStatus.GRACE;
            since = closedOn;
            int grace = rules.lifecycle().graceMonths();
            String reason = counted + "; grace period starts: " + months(grace) + " to get back above the minimum";
            recorded.add(event(organization, PartnershipEventKind.GRACE_STARTED, month, reason, version, now));
            found.add(alert(AlertKind.PARTNER_GRACE, organization, month, reason));
        } else if (made < minimum && status == PartnerStatus.GRACE
                && below == rules.lifecycle().graceMonths() + 1) {
            int left = rules.lifecycle().delistAfterMonths() - below;
            String reason = counted + "; the grace period is over: delisted if still below the minimum in the next "
                    + months(left);
            recorded.add(event(organization, PartnershipEventKind.GRACE_ENDED, month, reason, version, now));
            found.add(alert(AlertKind.PARTNER_GRACE_ENDED, organization, month, reason));
        } else if (made >= minimum && status == PartnerStatus.GRACE) {
            status = PartnerStatus.ACTIVE;
            since = closedOn;
            String reason = counted + "; back from the grace period";
            recorded.add(event(organization, PartnershipEventKind.RECOVERED, month, reason, version, now));
            found.add(alert(AlertKind.PARTNER_RECOVERED, organization, month, reason));
        }
        String tier = before.tier();
        if (status == PartnerStatus.DELISTED) {
            tier = null;
        } else {
            String reached = tiers.of(organization.id(), month).map(PartnershipPolicy.Tier::id).orElse(null);
            if (!Objects.equals(reached, tier)) {
                recorded.add(event(organization, PartnershipEventKind.TIER_CHANGED, month, "tier "
                        + label(tier) + " → " + label(reached), version, now));
                tier = reached;
            }
        }
        return new Partnership(before.id(), before.organizationId(), status, since, tier, below, month.toString(),
                version, now);
    }

    private static String months(int count) {
        return count + " month" + (count == 1 ? "" : "s");
    }

    private PartnershipEvent event(Organization organization, PartnershipEventKind kind, YearMonth month,
                                   String reason, String version, Instant at) {
        return events.save(new PartnershipEvent(null, organization.id(), kind, month.toString(), reason, version,
                at));
    }

    private static AlertCandidate alert(AlertKind kind, Organization organization, YearMonth month, String reason) {
        return new AlertCandidate(kind, kind.key() + ":" + organization.id() + ":" + month,
                AlertSubject.ORGANIZATION, organization.id(), organization.name(), month.toString(),
                organization.name() + ": " + reason);
    }

    private List<Long> currentPartners() {
        return jdbc.prepareStatement("SELECT organization_id FROM partnership WHERE status IN ('ACTIVE', 'GRACE')"
                + " ORDER BY organization_id", statement -> {
                    List<Long> ids = new ArrayList<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    private String label(String tier) {
        if (tier == null) {
            return "none";
        }
        return policy.partnership().tiers().stream().filter(t -> t.id().equals(tier))
                .map(PartnershipPolicy.Tier::label).findFirst().orElse(tier);
    }

    private static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
