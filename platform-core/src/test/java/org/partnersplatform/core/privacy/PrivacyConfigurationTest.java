package org.partnersplatform.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testplugins.TestPluginJars;

/** The erasure policy is read at start: a value it does not know stops the start. */
class PrivacyConfigurationTest {

    @Test
    void theDefaultPolicyAnonymises() {
        try (ApplicationContext context = CoreTestProperties.start(properties(null))) {
            assertEquals(ErasedActivities.ANONYMISE, context.getBean(PrivacyConfiguration.class).policy());
        }
    }

    @Test
    void anUnknownPolicyStopsTheStart() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> CoreTestProperties.start(properties("forget")).close());
        assertTrue(String.valueOf(refused.getMessage())
                .contains("partners.privacy.erased-activities is anonymise or remove, not \"forget\""),
                refused.getMessage());
    }

    private static Map<String, String> properties(String policy) {
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(TestPluginJars.newDirectory()));
        if (policy != null) {
            properties.put("partners.privacy.erased-activities", policy);
        }
        return properties;
    }
}
