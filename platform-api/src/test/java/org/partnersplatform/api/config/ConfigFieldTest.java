package org.partnersplatform.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfigFieldTest {

    @Test
    void secretWithDefaultIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigField.builder("token", ConfigType.STRING).secret().defaultValue("changeme").build());

        assertTrue(e.getMessage().contains("token"), e.getMessage());
    }

    @Test
    void secretWithoutDefaultIsAccepted() {
        ConfigField field = ConfigField.builder("token", ConfigType.STRING).secret().required().build();

        assertTrue(field.secret());
        assertTrue(field.required());
    }

    @Test
    void keyMustBeCamelCase() {
        assertThrows(IllegalArgumentException.class, () -> ConfigField.builder("base_url", ConfigType.URL).build());
        assertThrows(IllegalArgumentException.class, () -> ConfigField.builder("BaseUrl", ConfigType.URL).build());
        assertThrows(IllegalArgumentException.class, () -> ConfigField.builder("", ConfigType.URL).build());
    }

    @Test
    void labelDefaultsToTheKeyAndHelpToEmpty() {
        ConfigField field = new ConfigField("baseUrl", "baseUrl", null, ConfigType.URL, false, null, false);

        assertEquals("", field.help());
        assertEquals("baseUrl", ConfigField.builder("baseUrl", ConfigType.URL).build().label());
    }
}
