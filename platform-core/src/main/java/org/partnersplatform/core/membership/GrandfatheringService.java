package org.partnersplatform.core.membership;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.affiliation.DateRanges;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.policy.PartnershipPolicy;

/**
 * Grandfathered sponsorships, recorded by an administrator with the evidence they relied on, one per organization,
 * under the policy's rule ({@code partnership.financial.grandfathering}): at least its minimum a month, reached before
 * its cut-off. {@link org.partnersplatform.core.eligibility.GrandfatheringSuggestions} suggests candidates from
 * payments.
 */
@Singleton
public class GrandfatheringService {

    private static final int MAX_EVIDENCE = 2000;

    private final GrandfatheredSponsorshipRepository sponsorships;
    private final OrganizationRepository organizations;
    private final DeploymentPolicy policy;
    private final Clock clock;

    public GrandfatheringService(GrandfatheredSponsorshipRepository sponsorships,
                                 OrganizationRepository organizations, DeploymentPolicy policy, Clock clock) {
        this.sponsorships = sponsorships;
        this.organizations = organizations;
        this.policy = policy;
        this.clock = clock;
    }

    /** The policy's grandfathering rule, or empty when the policy has none (or no financial criterion). */
    public Optional<PartnershipPolicy.Grandfathering> rule() {
        return policy.partnership().financialCriterion().flatMap(PartnershipPolicy.Financial::grandfatheringRule);
    }

    /**
     * The organization's recorded grandfathered sponsorship, if any.
     *
     * @throws NotFoundException when no organization has the slug
     */
    @Transactional
    public Optional<GrandfatheredSponsorship> recorded(String organizationSlug) {
        return sponsorships.findByOrganizationId(organization(organizationSlug).id());
    }

    /**
     * Records the organization's grandfathered sponsorship.
     *
     * @throws ConflictException       when the policy has no grandfathering rule or one is recorded already
     * @throws InvalidRequestException naming each field that is wrong or falls short of the rule
     */
    @Transactional
    public GrandfatheredSponsorship record(String organizationSlug, GrandfatheringCommand command, String createdBy) {
        Organization organization = organization(organizationSlug);
        PartnershipPolicy.Grandfathering rule = rule().orElseThrow(() -> new ConflictException("the policy "
                + policy.policy().version() + " has no grandfathering rule, so no sponsorship can be grandfathered"));
        if (sponsorships.findByOrganizationId(organization.id()).isPresent()) {
            throw new ConflictException("a grandfathered sponsorship is already recorded for \"" + organizationSlug
                    + "\"");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal monthly = amount(command.monthlyUsd(), rule, problems);
        LocalDate since = DateRanges.date(command.since(), "since", problems);
        if (since == null && !problems.containsKey("since")) {
            problems.put("since", "is required, a date YYYY-MM-DD");
        } else if (since != null && !since.isBefore(rule.startedBefore())) {
            problems.put("since", "is before " + rule.startedBefore() + ", the policy's cut-off");
        }
        String evidence = command.evidence() == null ? "" : command.evidence().strip();
        if (evidence.isEmpty() || evidence.length() > MAX_EVIDENCE) {
            problems.put("evidence", "says what the sponsorship is shown by, in 1 to " + MAX_EVIDENCE + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the grandfathered sponsorship is not valid", problems);
        }
        return sponsorships.save(new GrandfatheredSponsorship(null, organization.id(), monthly, since, evidence,
                createdBy, clock.instant()));
    }

    private static BigDecimal amount(String text, PartnershipPolicy.Grandfathering rule,
                                     Map<String, String> problems) {
        BigDecimal amount;
        try {
            amount = text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null || amount.stripTrailingZeros().scale() > 2) {
            problems.put("monthlyUsd", "is an amount in US dollars with at most two decimals, e.g. 150");
            return null;
        }
        if (amount.compareTo(rule.minimumMonthly()) < 0) {
            problems.put("monthlyUsd", "is at least " + rule.minimumMonthly().toPlainString()
                    + ", the policy's minimum for grandfathering");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private Organization organization(String slug) {
        return organizations.findBySlug(slug).orElseThrow(() ->
                new NotFoundException("no organization has the slug \"" + slug + "\""));
    }
}
