package org.partnersplatform.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.source.ActivityKind;

class PolicyReaderTest {

    private final PolicyReader reader = new PolicyReader(ObjectMapper.getDefault(), new ScoringPolicyReader());

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
                "colour: is not a known key (known: version, scoring)"), refused.problems());
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
