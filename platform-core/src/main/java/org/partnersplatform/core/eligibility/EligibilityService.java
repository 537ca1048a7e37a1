package org.partnersplatform.core.eligibility;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.policy.PartnershipPolicy;

/**
 * Decides whether an organization may be a partner on a day: each criterion of the policy's partnership section on
 * its own (practical, financial when the policy has it, conduct), with a sentence and its evidence, under the
 * policy's version.
 */
@Singleton
public class EligibilityService {

    private final OrganizationRepository organizations;
    private final DeploymentPolicy policy;
    private final PracticalCriterion practical;
    private final FinancialCriterion financial;
    private final ConductCriterion conduct;

    public EligibilityService(OrganizationRepository organizations, DeploymentPolicy policy,
                              PracticalCriterion practical, FinancialCriterion financial, ConductCriterion conduct) {
        this.organizations = organizations;
        this.policy = policy;
        this.practical = practical;
        this.financial = financial;
        this.conduct = conduct;
    }

    /**
     * The organization's eligibility on the day; the windows are the full months before it.
     *
     * @throws NotFoundException when no organization has the slug
     */
    @ReadOnly
    public EligibilityReport evaluate(String organizationSlug, LocalDate asOf) {
        Organization organization = organizations.findBySlug(organizationSlug).orElseThrow(() ->
                new NotFoundException("no organization has the slug \"" + organizationSlug + "\""));
        PartnershipPolicy rules = policy.partnership();
        List<CriterionResult> results = new ArrayList<>();
        results.add(practical.evaluate(organization, asOf, rules.practical()));
        rules.financialCriterion().ifPresent(rule -> results.add(financial.evaluate(organization, asOf, rule)));
        results.add(conduct.evaluate(organization, asOf, rules.conduct()));
        return new EligibilityReport(organization.slug(), organization.name(), asOf, policy.policy().version(),
                results.stream().allMatch(CriterionResult::passed), results);
    }
}
