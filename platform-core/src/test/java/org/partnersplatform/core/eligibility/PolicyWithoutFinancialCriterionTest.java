package org.partnersplatform.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/**
 * A program without a financial criterion (the second example of docs/policy.md) decides practical and conduct only,
 * with its own windows and minimum.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyWithoutFinancialCriterionTest implements TestPropertyProvider {

    /** The second example policy of docs/policy.md, as printed there. */
    private static final String POLICY = """
            {
              "version": "acme-oss-2026.2",
              "scoring": {
                "defaultCap": 20,
                "featured": 5,
                "types": [
                  {"source": "org.partnersplatform.github", "type": "pull_request_merged", "weight": 3},
                  {"source": "org.partnersplatform.github", "type": "review_approved", "weight": 4},
                  {"source": "org.partnersplatform.github", "type": "review_changes_requested", "weight": 5},
                  {"source": "org.partnersplatform.github", "type": "issue_comment", "weight": 0, "cap": 1},
                  {"source": "org.partnersplatform.discourse", "type": "reply_posted", "weight": 1, "kind": "contribution", "cap": 15},
                  {"source": "org.partnersplatform.stackexchange", "type": "answer_posted", "weight": 2, "kind": "contribution"}
                ],
                "rules": [
                  {
                    "id": "translation-only",
                    "label": "Translation-only pull request",
                    "source": "org.partnersplatform.github",
                    "type": "pull_request_merged",
                    "weight": 0.5,
                    "when": [{"attribute": "labels", "equals": "translations"}]
                  },
                  {
                    "id": "large-pull-request",
                    "label": "Pull request of 500 lines or more",
                    "source": "org.partnersplatform.github",
                    "type": "pull_request_merged",
                    "weight": 6,
                    "when": [{"attribute": "additions", "atLeast": 500}]
                  }
                ]
              },
              "partnership": {
                "practical": {"months": 6, "minimumContributions": 2},
                "financial": {"required": false},
                "conduct": {"months": 24},
                "lifecycle": {"graceMonths": 1, "delistAfterMonths": 2, "roadmapRequestsPerYear": 5},
                "tiers": [
                  {"id": "core", "label": "Core partner", "minimumContributions": 30},
                  {"id": "partner", "label": "Partner", "minimumContributions": 2}
                ]
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
        assertEquals("acme-oss-2026.2", report.policyVersion());
        assertEquals(List.of(Criterion.PRACTICAL, Criterion.CONDUCT), report.criteria().stream()
                .map(CriterionResult::criterion).toList());
        assertFalse(report.eligible());
        assertEquals("Contributions in May 2026 (0), Jun 2026 (0), Jul 2026 (0), Aug 2026 (0), Sep 2026 (0) and"
                + " Oct 2026 (0): May, June, July, August, September and October are below the minimum of 2. It can"
                + " pass on 2027-05-01 at the earliest, if every month from Nov 2026 on meets the minimum.",
                report.criteria().get(0).summary());
        assertEquals("No confirmed code-of-conduct breach in the 24 months before 2026-11-23.",
                report.criteria().get(1).summary());
    }
}
