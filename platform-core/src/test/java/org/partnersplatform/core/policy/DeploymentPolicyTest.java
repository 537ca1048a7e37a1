package org.partnersplatform.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testplugins.TestPluginJars;

class DeploymentPolicyTest {

    private final PolicyReader reader = new PolicyReader(ObjectMapper.getDefault(), new ScoringPolicyReader(),
            new PartnershipPolicyReader());

    @Test
    void withoutAFileTheBuiltInPolicyIsUsed() {
        DeploymentPolicy policy = new DeploymentPolicy("", reader);

        assertEquals("built-in", policy.origin());
        assertEquals("mautic-2026.1", policy.policy().version());
    }

    @Test
    void aFileIsReadAndNamedAsTheOrigin() throws IOException {
        Path file = Files.createTempFile("policy", ".json");
        Files.writeString(file, "{\"version\": \"other-1\", \"scoring\": {\"defaultCap\": 3}}");

        DeploymentPolicy policy = new DeploymentPolicy(file.toString(), reader);

        assertEquals(file.toString(), policy.origin());
        assertEquals(3, policy.scoring().defaultCap());
    }

    @Test
    void aMissingFileIsRefused() {
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class,
                () -> new DeploymentPolicy("/nonexistent/policy.json", reader));
        assertTrue(refused.getMessage().contains("the file cannot be read"));
    }

    @Test
    void anInvalidFileStopsTheStart() throws IOException {
        Path file = Files.createTempFile("policy", ".json");
        Files.writeString(file, "{\"version\": \"v\", \"scoring\": {\"defaultCap\": 1, \"featured\": 0}}");
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(TestPluginJars.newDirectory()));
        properties.put("partners.policy.file", file.toString());

        RuntimeException failed = assertThrows(RuntimeException.class, () -> {
            try (ApplicationContext context = CoreTestProperties.start(properties)) {
                context.getBean(DeploymentPolicy.class);
            }
        });
        Throwable cause = failed;
        while (!(cause instanceof InvalidPolicyException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("scoring.featured: is 1 or more, not 0"), cause.getMessage());
    }
}
