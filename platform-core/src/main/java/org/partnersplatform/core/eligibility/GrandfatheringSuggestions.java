package org.partnersplatform.core.eligibility;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.membership.GrandfatheredSponsorshipRepository;
import org.partnersplatform.core.membership.GrandfatheringService;
import org.partnersplatform.core.policy.PartnershipPolicy;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Suggests grandfathered sponsorships from recorded payments: an organization whose payments, counted as for the
 * financial criterion, reached the rule's minimum in a calendar month that ended before the rule's cut-off. A
 * suggestion is for an administrator to check and record, never recorded by itself.
 */
@Singleton
public class GrandfatheringSuggestions {

    private static final String EARLIEST_PAYMENT = "SELECT MIN(p.paid_at) FROM payment p JOIN payer y"
            + " ON y.id = p.payer_id WHERE y.organization_id = ?";

    private final GrandfatheringService grandfathering;
    private final GrandfatheredSponsorshipRepository sponsorships;
    private final OrganizationRepository organizations;
    private final FinancialMonths financialMonths;
    private final DeploymentTime time;
    private final JdbcOperations jdbc;

    public GrandfatheringSuggestions(GrandfatheringService grandfathering,
                                     GrandfatheredSponsorshipRepository sponsorships,
                                     OrganizationRepository organizations, FinancialMonths financialMonths,
                                     DeploymentTime time, JdbcOperations jdbc) {
        this.grandfathering = grandfathering;
        this.sponsorships = sponsorships;
        this.organizations = organizations;
        this.financialMonths = financialMonths;
        this.time = time;
        this.jdbc = jdbc;
    }

    /**
     * Organizations without a recorded grandfathered sponsorship whose payments reached the rule's minimum in a
     * calendar month that ended before the cut-off, by name; empty when the policy has no rule. Payments count as
     * for the financial criterion (yearly ones spread over 12 months, unconverted ones not at all).
     */
    @ReadOnly
    public List<GrandfatheringSuggestion> suggestions() {
        Optional<PartnershipPolicy.Grandfathering> rule = grandfathering.rule();
        if (rule.isEmpty()) {
            return List.of();
        }
        List<GrandfatheringSuggestion> found = new ArrayList<>();
        for (Organization organization : organizations.findByMergedIntoIdIsNullOrderByName()) {
            if (sponsorships.findByOrganizationId(organization.id()).isEmpty()) {
                suggestion(organization, rule.get()).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The suggestion for one organization, if its payments qualify and nothing is recorded yet.
     *
     * @throws NotFoundException when no organization has the slug
     */
    @ReadOnly
    public Optional<GrandfatheringSuggestion> suggestion(String organizationSlug) {
        Organization organization = organization(organizationSlug);
        if (sponsorships.findByOrganizationId(organization.id()).isPresent()) {
            return Optional.empty();
        }
        return grandfathering.rule().flatMap(rule -> suggestion(organization, rule));
    }

    private Optional<GrandfatheringSuggestion> suggestion(Organization organization,
                                                          PartnershipPolicy.Grandfathering rule) {
        YearMonth lastFull = YearMonth.from(rule.startedBefore()).minusMonths(1);
        Optional<YearMonth> earliest = jdbc.prepareStatement(EARLIEST_PAYMENT, statement -> {
            statement.setLong(1, organization.id());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                Timestamp first = result.getTimestamp(1);
                return Optional.ofNullable(first).map(at -> YearMonth.from(time.dayOf(at.toInstant())));
            }
        });
        if (earliest.isEmpty() || earliest.get().isAfter(lastFull)) {
            return Optional.empty();
        }
        return financialMonths.usd(organization.id(), earliest.get(), lastFull).entrySet().stream()
                .filter(month -> month.getValue().compareTo(rule.minimumMonthly()) >= 0)
                .findFirst()
                .map(month -> new GrandfatheringSuggestion(organization.slug(), organization.name(), month.getKey(),
                        month.getValue()));
    }

    private Organization organization(String slug) {
        return organizations.findBySlug(slug).orElseThrow(() ->
                new NotFoundException("no organization has the slug \"" + slug + "\""));
    }
}
