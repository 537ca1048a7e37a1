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
 * the day. When it fails, the day it can pass is the first whose window leaves out the last month below, on the
 * condition (said in the sentence) that every month from the current one on meets the minimum.
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
        if (below.isEmpty()) {
            return new CriterionResult(Criterion.PRACTICAL, true, summary, evidence, null);
        }
        LocalDate next = MonthWindow.firstDayWithout(below.get(below.size() - 1), rule.months());
        return new CriterionResult(Criterion.PRACTICAL, false, summary + " It can pass on " + next
                + " at the earliest, if every month from " + Wording.month(YearMonth.from(asOf))
                + " on meets the minimum.", evidence, next);
    }
}
