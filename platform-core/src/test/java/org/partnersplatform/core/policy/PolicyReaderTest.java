package org.partnersplatform.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.source.ActivityKind;

class PolicyReaderTest {

    private final PolicyReader reader = new PolicyReader(ObjectMapper.getDefault(), new ScoringPolicyReader(),
            new PartnershipPolicyReader());

    @Test
    void theBuiltInPolicyIsValidAndWeightsEveryBuiltInSource() throws IOException {
        Policy policy;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DeploymentPolicy.BUILT_IN)) {
            policy = reader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in");
        }

        assertEquals("mautic-2026.1", policy.version());
        assertEquals(3, policy.scoring().featured());
        assertEquals(List.of("org.partnersplatform.discourse", "org.partnersplatform.git",
                "org.partnersplatform.github", "org.partnersplatform.jira", "org.partnersplatform.stackexchange"),
                policy.scoring().types().stream().map(TypePolicy::source).distinct().sorted().toList());
        assertEquals(PartnershipPolicyReader.MAUTIC.practical(), policy.partnership().practical());
        assertEquals(PartnershipPolicyReader.MAUTIC.financial(), policy.partnership().financial());
        assertEquals(List.of("gold", "silver", "bronze"),
                policy.partnership().tiers().stream().map(PartnershipPolicy.Tier::id).toList());
    }

    @Test
    void aPolicyWithoutAPartnershipSectionIsTheMauticProgram() {
        Policy policy = reader.read("{\"version\": \"v\", \"scoring\": {\"defaultCap\": 1}}", "p");

        assertEquals(PartnershipPolicyReader.MAUTIC, policy.partnership());
        assertEquals(new BigDecimal("100"), policy.partnership().financialCriterion().orElseThrow().baseAmount());
    }

    @Test
    void aProgramWithoutAFinancialCriterionSaysSo() {
        Policy policy = reader.read("""
                {"version": "v", "scoring": {"defaultCap": 1}, "partnership": {
                  "practical": {"months": 6, "minimumContributions": 4},
                  "financial": {"required": false},
                  "conduct": {"months": 24},
                  "lifecycle": {"graceMonths": 1, "delistAfterMonths": 2, "roadmapRequestsPerYear": 0},
                  "tiers": [{"id": "core", "label": "Core", "minimumContributions": 10, "minimumMonthly": 0}]}}
                """, "p");

        PartnershipPolicy partnership = policy.partnership();
        assertEquals(new PartnershipPolicy.Practical(6, 4), partnership.practical());
        assertTrue(partnership.financialCriterion().isEmpty());
        assertEquals(new PartnershipPolicy.Conduct(24), partnership.conduct());
        assertEquals(new PartnershipPolicy.Lifecycle(1, 2, 0), partnership.lifecycle());
        assertEquals(List.of(new PartnershipPolicy.Tier("core", "Core", 10, BigDecimal.ZERO)), partnership.tiers());
    }

    @Test
    void aFinancialCriterionIsReadWithItsPinnedEditionAndGrandfathering() {
        PartnershipPolicy.Financial financial = reader.read("""
                {"version": "v", "scoring": {"defaultCap": 1}, "partnership": {"financial": {
                  "months": 2, "baseAmount": 80, "indexEdition": "2021-01-01", "membershipsCount": false,
                  "grandfathering": {"minimumMonthly": 50, "startedBefore": "2023-01-01",
                                     "eligibleUntil": "2023-06-30"}}}}
                """, "p").partnership().financialCriterion().orElseThrow();

        assertEquals(new PartnershipPolicy.Financial(2, new BigDecimal("80"), "USD", LocalDate.parse("2021-01-01"),
                false, new PartnershipPolicy.Grandfathering(new BigDecimal("50"), LocalDate.parse("2023-01-01"),
                LocalDate.parse("2023-06-30"))), financial);
    }

    @Test
    void partnershipProblemsNameTheirKeys() {
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> reader.read("""
                {"version": "v", "scoring": {"defaultCap": 1}, "partnership": {
                  "practical": {"months": 0},
                  "financial": {"currency": "EUR", "indexEdition": "January", "required": "yes",
                                "grandfathering": {"startedBefore": "2024-01-01", "eligibleUntil": "2023-01-01"}},
                  "lifecycle": {"graceMonths": 4, "delistAfterMonths": 3},
                  "tiers": [{"id": "a", "label": "A"}, {"id": "a", "label": "Again"}], "extra": 1}}
                """, "p"));

        assertEquals(List.of(
                "partnership.practical.months: is 1 or more, not 0",
                "partnership.financial.required: is true or false",
                "partnership.financial.currency: is USD (the Big Mac index prices everything in dollars), not EUR",
                "partnership.financial.indexEdition: is a date YYYY-MM-DD, not January",
                "partnership.financial.grandfathering.minimumMonthly: is required",
                "partnership.financial.grandfathering.eligibleUntil: is on or after startedBefore (2024-01-01), "
                        + "not 2023-01-01",
                "partnership.lifecycle.delistAfterMonths: is more than graceMonths (4): the first month below comes"
                        + " before the grace period, not 3",
                "partnership.tiers[1].id: repeats a",
                "partnership.extra: is not a known key (known: practical, financial, conduct, lifecycle, tiers)"),
                refused.problems());
    }

    @Test
    void aFullPolicyIsReadWithItsTypesAndRules() {
        Policy policy = reader.read("""
                {"version": "v1", "scoring": {"defaultCap": 5, "featured": 4,
                  "types": [{"source": "s", "type": "t", "weight": 2.5, "kind": "conversation", "cap": 2}],
                  "rules": [{"id": "r", "label": "R", "source": "s", "type": "t", "weight": 0,
                             "when": [{"attribute": "a", "atLeast": 3}]}]}}
                """, "test");

        assertEquals(new TypePolicy("s", "t", new BigDecimal("2.5"), ActivityKind.CONVERSATION, 2),
                policy.scoring().types().get(0));
        AttributeRule rule = policy.scoring().rules().get(0);
        assertTrue(rule.matches(Map.of("a", "3")));
        assertEquals(false, rule.matches(Map.of("a", "2")));
        assertEquals(false, rule.matches(Map.of("a", "many")));
        assertEquals(false, rule.matches(Map.of()));
    }

    @Test
    void everyProblemNamesItsKeyAndWhatIsWrong() {
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> reader.read("""
                {"version": "", "colour": "blue", "scoring": {"defaultCap": 0,
                  "types": [{"source": "s", "type": "t", "weight": 1001, "kind": "chat", "cap": "ten"}],
                  "rules": [{"id": "Bad Id", "label": "R", "source": "s", "type": "t", "weight": -1,
                             "when": [{"attribute": "a", "atMost": 1, "equals": "x"}]}]}}
                """, "policy.json"));

        assertEquals(List.of(
                "version: is a text of 1 to 100 characters",
                "scoring.defaultCap: is 1 or more, not 0",
                "scoring.types[0].weight: is from 0 to 1000, not 1001",
                "scoring.types[0].kind: is contribution or conversation, not chat",
                "scoring.types[0].cap: is a whole number",
                "scoring.rules[0].id: is lowercase letters, digits, - and _, starting with a letter, at most 64",
                "scoring.rules[0].weight: is from 0 to 1000, not -1",
                "scoring.rules[0].when[0].attribute: takes exactly one of equals, oneOf, atMost or atLeast",
                "scoring.rules[0].when: is a list of at least one valid condition",
                "colour: is not a known key (known: version, scoring, partnership)"), refused.problems());
        assertTrue(refused.getMessage().startsWith("the policy policy.json is not valid: version:"));
    }

    @Test
    void missingSectionsAndUnknownNestedKeysAreRefused() {
        assertEquals(List.of("version: is required", "scoring: is required"),
                assertThrows(InvalidPolicyException.class, () -> reader.read("{}", "p")).problems());
        assertEquals(List.of("scoring.types[0].wieght: is not a known key (known: source, type, weight, kind, cap)"),
                assertThrows(InvalidPolicyException.class, () -> reader.read("""
                        {"version": "v", "scoring": {"defaultCap": 1,
                          "types": [{"source": "s", "type": "t", "wieght": 2}]}}""", "p")).problems());
    }

    @Test
    void aFileThatIsNotJsonIsRefused() {
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class,
                () -> reader.read("version: 1", "p"));
        assertTrue(refused.problems().get(0).startsWith("the file is not JSON"));
    }
}
