package org.partnersplatform.core.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether an organization may be a partner on a day, criterion by criterion.
 *
 * @param organizationSlug the organization
 * @param organizationName its name
 * @param asOf             the day decided; the windows are the full months before it
 * @param policyVersion    the version of the policy that decided
 * @param eligible         whether every criterion passes
 * @param criteria         one result per criterion the policy has, in {@link Criterion} order
 */
public record EligibilityReport(String organizationSlug, String organizationName, LocalDate asOf,
                                String policyVersion, boolean eligible, List<CriterionResult> criteria) {

    public EligibilityReport {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
