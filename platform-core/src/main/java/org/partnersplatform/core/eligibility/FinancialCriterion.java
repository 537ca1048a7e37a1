package org.partnersplatform.core.eligibility;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.finance.Threshold;
import org.partnersplatform.core.finance.ThresholdService;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.membership.GrandfatheredSponsorship;
import org.partnersplatform.core.membership.GrandfatheredSponsorshipRepository;
import org.partnersplatform.core.membership.Membership;
import org.partnersplatform.core.membership.MembershipRepository;
import org.partnersplatform.core.policy.PartnershipPolicy;

/**
 * The financial criterion. Each full month before the day is met by payments at or above the organization's country
 * threshold (the base amount when no country is recorded), or, when the policy lets memberships count, by a membership
 * covering the whole month; a grandfathered sponsorship meets every month while the day is not after the policy's
 * last eligible day. When it fails no day of passing is given: that depends on payments not made yet.
 */
@Singleton
public class FinancialCriterion {

    private static final String PAYMENTS = "payments in USD";

    private final FinancialMonths financialMonths;
    private final ThresholdService thresholds;
    private final MembershipRepository memberships;
    private final GrandfatheredSponsorshipRepository grandfathered;

    public FinancialCriterion(FinancialMonths financialMonths, ThresholdService thresholds,
                              MembershipRepository memberships, GrandfatheredSponsorshipRepository grandfathered) {
        this.financialMonths = financialMonths;
        this.thresholds = thresholds;
        this.memberships = memberships;
        this.grandfathered = grandfathered;
    }

    /** Decides the criterion for the organization on the day. */
    public CriterionResult evaluate(Organization organization, LocalDate asOf, PartnershipPolicy.Financial rule) {
        MonthWindow window = MonthWindow.before(asOf, rule.months());
        BigDecimal required;
        String against;
        if (organization.country() == null) {
            required = rule.baseAmount();
            against = "the base amount of " + Wording.usd(required) + " (no country is recorded for "
                    + organization.name() + ")";
        } else {
            Threshold threshold;
            try {
                threshold = thresholds.threshold(organization.country(), rule.pinnedEdition());
            } catch (NotFoundException e) {
                return new CriterionResult(Criterion.FINANCIAL, false, "The threshold for "
                        + organization.country().toUpperCase(Locale.ROOT) + " is not known, so payments cannot be "
                        + "judged: " + e.getMessage() + ".", List.of(), null);
            }
            required = threshold.usdAmount();
            against = "the threshold of " + Wording.usd(required) + " for " + threshold.countryName() + " ("
                    + threshold.basis() + ")";
        }
        FinancialMonths.Reading reading = financialMonths.read(organization.id(), window.first(), window.last());
        List<Membership> held = rule.membershipsCount() ? memberships.findByOrganization(organization.id())
                : List.of();
        Optional<Grandfathering> grandfathering = rule.grandfatheringRule().flatMap(g ->
                grandfathered.findByOrganizationId(organization.id()).map(s -> new Grandfathering(g, s, asOf)));
        boolean grandfatheredNow = grandfathering.map(Grandfathering::holds).orElse(false);

        List<Evidence> evidence = new ArrayList<>();
        List<YearMonth> below = new ArrayList<>();
        List<YearMonth> uncovered = new ArrayList<>();
        List<Membership> covering = new ArrayList<>();
        String requiredText = "at least " + Wording.cents(required);
        for (Map.Entry<YearMonth, BigDecimal> month : reading.usd().entrySet()) {
            boolean paid = month.getValue().compareTo(required) >= 0;
            evidence.add(new Evidence(month.getKey().toString(), PAYMENTS, Wording.cents(month.getValue()),
                    requiredText, paid));
            if (paid) {
                continue;
            }
            below.add(month.getKey());
            Optional<Membership> membership = held.stream().filter(m -> m.covers(month.getKey())).findFirst();
            membership.ifPresent(m -> {
                evidence.add(new Evidence(month.getKey().toString(), "membership", m.describe(), "covers the month",
                        true));
                if (!covering.contains(m)) {
                    covering.add(m);
                }
            });
            if (membership.isEmpty() && !grandfatheredNow) {
                uncovered.add(month.getKey());
            }
        }
        grandfathering.ifPresent(g -> evidence.add(g.evidence()));
        reading.unconverted().forEach(payment -> evidence.add(new Evidence(payment.paidIn().toString(),
                "payment not yet converted to USD, not counted", Wording.cents(payment.amount()) + " "
                + payment.currency() + ", " + payment.recurrence().toLowerCase(Locale.ROOT).replace('_', '-'),
                "a USD rate for the day it was paid", false)));

        StringBuilder summary = new StringBuilder("Payments in ").append(Wording.list(
                List.copyOf(reading.usd().keySet()), m -> Wording.month(m) + " (" + Wording.usd(reading.usd().get(m))
                        + ")")).append(" against ").append(against).append(": ");
        if (below.isEmpty()) {
            summary.append("every month meets it.");
        } else {
            summary.append(Wording.list(below, m -> Wording.monthIn(m, window))).append(' ')
                    .append(Wording.is(below)).append(" below it");
            List<YearMonth> coveredByMembership = below.stream().filter(m -> held.stream()
                    .anyMatch(ms -> ms.covers(m))).toList();
            if (!coveredByMembership.isEmpty()) {
                summary.append(coveredByMembership.size() == below.size() ? ", covered by the membership "
                        : "; " + Wording.list(coveredByMembership, m -> Wording.monthIn(m, window))
                        + " covered by the membership ").append(Wording.list(covering, Membership::describe));
            }
            summary.append('.');
        }
        grandfathering.ifPresent(g -> summary.append(' ').append(g.sentence()));
        if (!reading.unconverted().isEmpty()) {
            List<YearMonth> paidIn = reading.unconverted().stream().map(FinancialMonths.Unconverted::paidIn)
                    .distinct().toList();
            summary.append(' ').append(Wording.count(reading.unconverted().size(), "payment", "payments"))
                    .append(" paid in ").append(Wording.list(paidIn, Wording::month))
                    .append(reading.unconverted().size() == 1 ? " is" : " are")
                    .append(" not yet converted to USD and not counted.");
        }
        boolean passed = uncovered.isEmpty();
        LocalDate next = null;
        if (!passed) {
            next = MonthWindow.firstDayWithout(uncovered.get(uncovered.size() - 1), rule.months());
            summary.append(" It can pass on ").append(next).append(" at the earliest, if every month from ")
                    .append(Wording.month(YearMonth.from(asOf))).append(" on is paid at or above the threshold.");
        }
        return new CriterionResult(Criterion.FINANCIAL, passed, summary.toString(), evidence, next);
    }

    /** A recorded grandfathered sponsorship judged against the policy's rule on the day. */
    private record Grandfathering(PartnershipPolicy.Grandfathering rule, GrandfatheredSponsorship sponsorship,
                                  LocalDate asOf) {

        /** Whether it still meets the criterion: it qualified under the rule and the day is not past its end. */
        boolean holds() {
            return qualifies() && !asOf.isAfter(rule.eligibleUntil());
        }

        private boolean qualifies() {
            return sponsorship.since().isBefore(rule.startedBefore())
                    && sponsorship.monthlyUsd().compareTo(rule.minimumMonthly()) >= 0;
        }

        Evidence evidence() {
            return new Evidence("until " + rule.eligibleUntil(), "grandfathered sponsorship",
                    Wording.usd(sponsorship.monthlyUsd()) + " a month since " + sponsorship.since(),
                    "at least " + Wording.usd(rule.minimumMonthly()) + " a month before " + rule.startedBefore()
                            + "; counts until " + rule.eligibleUntil(), holds());
        }

        String sentence() {
            String what = "The grandfathered sponsorship (" + Wording.usd(sponsorship.monthlyUsd()) + " a month since "
                    + sponsorship.since() + ")";
            if (!qualifies()) {
                return what + " does not meet the policy's rule (at least " + Wording.usd(rule.minimumMonthly())
                        + " a month before " + rule.startedBefore() + ").";
            }
            return holds() ? what + " meets the criterion until " + rule.eligibleUntil() + "."
                    : what + " met the criterion only until " + rule.eligibleUntil() + ".";
        }
    }
}
