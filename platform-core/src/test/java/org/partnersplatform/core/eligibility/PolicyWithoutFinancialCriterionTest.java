package org.partnersplatform.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testplugins.TestPluginJars;

/** A program without a financial criterion decides practical and conduct only, with its own windows and minimum. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyWithoutFinancialCriterionTest implements TestPropertyProvider {

    private static final String POLICY = """
            {
              "version": "volunteers-2026.1",
              "scoring": {"defaultCap": 10},
              "partnership": {
                "practical": {"months": 2, "minimumContributions": 0},
                "financial": {"required": false},
                "conduct": {"months": 6}
              }
            }
            """;

    @Inject
    EligibilityService eligibility;

    @Inject
    OrganizationRepository organizations;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(TestPluginJars.newDirectory()));
        properties.put("partners.policy.file", EligibilityFixture.policyFile(POLICY).toString());
        return properties;
    }

    @Test
    void onlyThePracticalAndConductCriteriaAreDecided() {
        organizations.save(Organization.create("volunteer-co", "Volunteer Co", null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        EligibilityReport report = eligibility.evaluate("volunteer-co", LocalDate.of(2026, 11, 23));
        assertEquals("volunteers-2026.1", report.policyVersion());
        assertEquals(List.of(Criterion.PRACTICAL, Criterion.CONDUCT), report.criteria().stream()
                .map(CriterionResult::criterion).toList());
        assertTrue(report.eligible());
        assertEquals("Contributions in Sep 2026 (0) and Oct 2026 (0): every month meets the minimum of 0.",
                report.criteria().get(0).summary());
        assertEquals("No confirmed code-of-conduct breach in the 6 months before 2026-11-23.",
                report.criteria().get(1).summary());
    }
}
