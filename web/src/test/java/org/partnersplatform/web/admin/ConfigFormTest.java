package org.partnersplatform.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;

class ConfigFormTest {

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder("baseUrl", ConfigType.URL).required().build(),
            ConfigField.builder("includeComments", ConfigType.BOOLEAN).defaultValue("true").build(),
            ConfigField.builder("token", ConfigType.STRING).secret().build());

    @Test
    void anUntickedCheckboxIsFalseNotTheDefault() {
        Map<String, String> values = ConfigForm.values(SCHEMA, Map.of("name", "x", "config.baseUrl", "https://a.b"));
        assertEquals(Map.of("baseUrl", "https://a.b", "includeComments", "false"), values);
    }

    @Test
    void aTickedCheckboxIsTrue() {
        assertEquals("true", ConfigForm.values(SCHEMA, Map.of("config.includeComments", "true"))
                .get("includeComments"));
    }

    @Test
    void aStoredSecretIsNeverPutBackIntoTheForm() {
        List<Map<String, Object>> fields = ConfigForm.fields(SCHEMA, Map.of("token", "leaked?"), List.of("token"),
                Map.of());
        Map<String, Object> token = fields.get(2);
        assertEquals("", token.get("value"));
        assertEquals(true, token.get("secretStored"));
        assertFalse((Boolean) token.get("required"));
        assertEquals("password", token.get("inputType"));
    }
}
