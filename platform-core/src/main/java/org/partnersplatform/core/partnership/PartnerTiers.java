package org.partnersplatform.core.partnership;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.eligibility.FinancialMonths;
import org.partnersplatform.core.eligibility.PracticalMonths;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.policy.PartnershipPolicy;

/**
 * A partner's tier for the windows that end with a month: the first of the policy's tiers (highest first) whose
 * minimum average of accepted contributions per month over the practical window, and minimum average USD per month
 * over the financial window (ignored when the policy has no financial criterion), the partner meets.
 */
@Singleton
public class PartnerTiers {

    private static final int SCALE = 6;

    private final PracticalMonths practical;
    private final FinancialMonths financial;
    private final DeploymentPolicy policy;

    PartnerTiers(PracticalMonths practical, FinancialMonths financial, DeploymentPolicy policy) {
        this.practical = practical;
        this.financial = financial;
        this.policy = policy;
    }

    /** The tier met over the windows ending with {@code month}, or empty when it meets none. */
    public Optional<PartnershipPolicy.Tier> of(long organizationId, YearMonth month) {
        PartnershipPolicy partnership = policy.partnership();
        if (partnership.tiers().isEmpty()) {
            return Optional.empty();
        }
        int practicalMonths = partnership.practical().months();
        BigDecimal contributions = average(practical.contributions(organizationId,
                month.minusMonths(practicalMonths - 1L), month).values().stream().map(BigDecimal::valueOf)
                .reduce(BigDecimal.ZERO, BigDecimal::add), practicalMonths);
        Optional<BigDecimal> paid = partnership.financialCriterion().map(criterion -> average(
                sum(financial.usd(organizationId, month.minusMonths(criterion.months() - 1L), month)),
                criterion.months()));
        for (PartnershipPolicy.Tier tier : partnership.tiers()) {
            boolean practicalMet = contributions.compareTo(BigDecimal.valueOf(tier.minimumContributions())) >= 0;
            boolean financialMet = paid.isEmpty() || tier.minimumMonthly() == null
                    || paid.get().compareTo(tier.minimumMonthly()) >= 0;
            if (practicalMet && financialMet) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }

    private static BigDecimal sum(Map<YearMonth, BigDecimal> months) {
        return months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal average(BigDecimal total, int months) {
        return total.divide(BigDecimal.valueOf(months), SCALE, RoundingMode.HALF_UP);
    }
}
