package org.partnersplatform.core.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The partnership section of a policy: who may be a partner, how a partner stays one, and its tiers.
 *
 * @param practical  contributions in each of the last full months
 * @param financial  payments in each of the last full months, or {@code null} for a program without a financial
 *                   criterion; read it through {@link #financialCriterion()}
 * @param conduct    no code-of-conduct breach in a window
 * @param lifecycle  grace, delisting and roadmap requests of partners
 * @param tiers      levels by practical and financial contribution, highest first; may be empty
 */
public record PartnershipPolicy(Practical practical, Financial financial, Conduct conduct, Lifecycle lifecycle,
                                List<Tier> tiers) {

    public PartnershipPolicy {
        tiers = List.copyOf(tiers);
    }

    /** The financial criterion, or empty when the program has none. */
    public Optional<Financial> financialCriterion() {
        return Optional.ofNullable(financial);
    }

    /**
     * The practical criterion.
     *
     * @param months               how many full months before the date are checked, each on its own
     * @param minimumContributions the accepted contributions (activities of kind contribution) each month needs
     */
    public record Practical(int months, int minimumContributions) {
    }

    /**
     * The financial criterion.
     *
     * @param months          how many full months before the date are checked, each on its own
     * @param baseAmount      the monthly minimum where a Big Mac costs what it costs in the United States
     * @param currency        the base amount's currency (USD: the index prices everything in dollars)
     * @param indexEdition    the Big Mac index edition the thresholds use, or {@code null} for the deployment's default
     * @param membershipsCount whether an active membership meets the criterion instead of payments
     * @param grandfathering  the grandfathered sponsorships rule, or {@code null} for none
     */
    public record Financial(int months, BigDecimal baseAmount, String currency, LocalDate indexEdition,
                            boolean membershipsCount, Grandfathering grandfathering) {

        public Optional<LocalDate> pinnedEdition() {
            return Optional.ofNullable(indexEdition);
        }

        public Optional<Grandfathering> grandfatheringRule() {
            return Optional.ofNullable(grandfathering);
        }
    }

    /**
     * Sponsors kept eligible by an older rule.
     *
     * @param minimumMonthly the monthly amount (in the financial criterion's currency) a sponsorship had to reach
     * @param startedBefore  the sponsorship reached it before this day
     * @param eligibleUntil  the last day such a sponsor meets the financial criterion
     */
    public record Grandfathering(BigDecimal minimumMonthly, LocalDate startedBefore, LocalDate eligibleUntil) {
    }

    /**
     * The conduct criterion.
     *
     * @param months how many months before the date a confirmed breach disqualifies
     */
    public record Conduct(int months) {
    }

    /**
     * How partners stay partners.
     *
     * @param graceMonths            months after its first month below the practical minimum a partner has to get back
     *                               above it (the grace period)
     * @param delistAfterMonths      consecutive months below the practical minimum, the first included, after which a
     *                               partner is delisted; more than {@code graceMonths}
     * @param roadmapRequestsPerYear feature requests a partner may submit per calendar year
     */
    public record Lifecycle(int graceMonths, int delistAfterMonths, int roadmapRequestsPerYear) {
    }

    /**
     * A level of partnership.
     *
     * @param id                   a stable key ({@code gold})
     * @param label                what people read
     * @param minimumContributions average accepted contributions per month over the practical window
     * @param minimumMonthly       average payments per month over the financial window, in the criterion's currency
     */
    public record Tier(String id, String label, int minimumContributions, BigDecimal minimumMonthly) {
    }
}
