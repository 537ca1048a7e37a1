package org.partnersplatform.core.eligibility;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.policy.PartnershipPolicy;

/**
 * The practical criterion: at least the policy's minimum of accepted contributions in each of the full months before
 * the day. When it fails no day of passing is given: that depends on contributions not made yet.
 */
@Singleton
public class PracticalCriterion {

    private static final String LABEL = "accepted contributions";

    private final PracticalMonths practicalMonths;

    public PracticalCriterion(PracticalMonths practicalMonths) {
        this.practicalMonths = practicalMonths;
    }

    /** Decides the criterion for the organization on the day. */
    public CriterionResult evaluate(Organization organization, LocalDate asOf, PartnershipPolicy.Practical rule) {
        MonthWindow window = MonthWindow.before(asOf, rule.months());
        Map<YearMonth, Long> counts = practicalMonths.contributions(organization.id(), window.first(), window.last());
        int minimum = rule.minimumContributions();
        String required = "at least " + minimum;
        List<Evidence> evidence = counts.entrySet().stream().map(e -> new Evidence(e.getKey().toString(), LABEL,
                String.valueOf(e.getValue()), required, e.getValue() >= minimum)).toList();
        List<YearMonth> below = counts.entrySet().stream().filter(e -> e.getValue() < minimum)
                .map(Map.Entry::getKey).toList();
        String summary = "Contributions in " + Wording.list(List.copyOf(counts.keySet()),
                month -> Wording.month(month) + " (" + counts.get(month) + ")") + ": "
                + (below.isEmpty() ? "every month meets the minimum of " + minimum + "."
                        : Wording.list(below, month -> Wording.monthIn(month, window)) + " " + Wording.is(below)
                                + " below the minimum of " + minimum + ".");
        return new CriterionResult(Criterion.PRACTICAL, below.isEmpty(), summary, evidence, null);
    }
}
