package org.partnersplatform.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.InvalidConfigurationException;

class ConfigSchemaTest {

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder("baseUrl", ConfigType.URL).required().build(),
            ConfigField.builder("token", ConfigType.STRING).secret().build(),
            ConfigField.builder("pageSize", ConfigType.INTEGER).defaultValue("50").build(),
            ConfigField.builder("includeBots", ConfigType.BOOLEAN).build(),
            ConfigField.builder("repositories", ConfigType.LIST).build());

    private static Map<String, String> valid() {
        Map<String, String> raw = new HashMap<>();
        raw.put("baseUrl", "https://api.example.org");
        return raw;
    }

    private static InvalidConfigurationException refused(Map<String, String> raw) {
        return assertThrows(InvalidConfigurationException.class, () -> SCHEMA.validate(raw));
    }

    private static List<String> problemKeys(InvalidConfigurationException e) {
        return e.problems().stream().map(ConfigProblem::key).toList();
    }

    @Test
    void unknownKeyIsRefused() {
        Map<String, String> raw = valid();
        raw.put("colour", "blue");

        InvalidConfigurationException e = refused(raw);

        assertEquals(List.of(new ConfigProblem("colour", "is not a setting of this source")), e.problems());
    }

    @Test
    void missingRequiredSettingIsRefused() {
        InvalidConfigurationException e = refused(new HashMap<>());

        assertEquals(List.of(new ConfigProblem("baseUrl", "is required")), e.problems());
    }

    @Test
    void blankRequiredSettingIsTreatedAsMissing() {
        Map<String, String> raw = valid();
        raw.put("baseUrl", "   \n ");

        assertEquals(List.of(new ConfigProblem("baseUrl", "is required")), refused(raw).problems());
    }

    @Test
    void blankOptionalSettingHasNoValue() {
        Map<String, String> raw = valid();
        raw.put("includeBots", "  ");

        SourceConfig config = SCHEMA.validate(raw);

        assertEquals(Optional.empty(), config.optional("includeBots"));
        assertFalse(config.bool("includeBots"));
    }

    @Test
    void defaultIsAppliedWhenNoValueIsGiven() {
        SourceConfig config = SCHEMA.validate(valid());

        assertEquals(50L, config.integer("pageSize"));
    }

    @Test
    void defaultIsAppliedWhenTheValueIsBlank() {
        Map<String, String> raw = valid();
        raw.put("pageSize", " ");

        assertEquals(50L, SCHEMA.validate(raw).integer("pageSize"));
    }

    @Test
    void valuesAreStrippedAndTyped() {
        Map<String, String> raw = valid();
        raw.put("pageSize", " 100 ");
        raw.put("includeBots", "TRUE");

        SourceConfig config = SCHEMA.validate(raw);

        assertEquals(100L, config.integer("pageSize"));
        assertTrue(config.bool("includeBots"));
        assertEquals("https://api.example.org", config.url("baseUrl").toString());
    }

    @Test
    void nonIntegerIsRefusedNamingItsKey() {
        Map<String, String> raw = valid();
        raw.put("pageSize", "fifty");

        assertEquals(List.of(new ConfigProblem("pageSize", "must be a whole number")), refused(raw).problems());
    }

    @Test
    void nonBooleanIsRefusedNamingItsKey() {
        Map<String, String> raw = valid();
        raw.put("includeBots", "yes");

        assertEquals(List.of(new ConfigProblem("includeBots", "must be true or false")), refused(raw).problems());
    }

    @Test
    void nonHttpUrlIsRefusedNamingItsKey() {
        for (String bad : List.of("ftp://example.org", "example.org/api", "https://", "not a url")) {
            Map<String, String> raw = valid();
            raw.put("baseUrl", bad);

            assertEquals(List.of(new ConfigProblem("baseUrl", "must be an absolute http or https URL")),
                    refused(raw).problems(), bad);
        }
    }

    @Test
    void multiLineStringIsRefused() {
        Map<String, String> raw = valid();
        raw.put("token", "abc\ndef");

        assertEquals(List.of("token"), problemKeys(refused(raw)));
    }

    @Test
    void severalProblemsAreReportedTogether() {
        Map<String, String> raw = new HashMap<>();
        raw.put("colour", "blue");
        raw.put("pageSize", "x");
        raw.put("includeBots", "maybe");

        InvalidConfigurationException e = refused(raw);

        assertEquals(List.of("colour", "baseUrl", "pageSize", "includeBots"), problemKeys(e));
        assertTrue(e.getMessage().contains("colour: is not a setting of this source"), e.getMessage());
        assertTrue(e.getMessage().contains("baseUrl: is required"), e.getMessage());
    }

    @Test
    void problemsNeverQuoteTheValue() {
        Map<String, String> raw = valid();
        raw.put("pageSize", "s3cr3t-value");

        assertFalse(refused(raw).getMessage().contains("s3cr3t-value"));
    }

    @Test
    void toStringNeverShowsASecretValue() {
        Map<String, String> raw = valid();
        raw.put("token", "ghp_very_secret");

        SourceConfig config = SCHEMA.validate(raw);

        assertFalse(config.toString().contains("ghp_very_secret"), config.toString());
        assertTrue(config.toString().contains("token=******"), config.toString());
        assertTrue(config.toString().contains("baseUrl=https://api.example.org"), config.toString());
        assertEquals("ghp_very_secret", config.string("token"));
    }

    @Test
    void listSplitsLinesAndCommasAndDropsBlanks() {
        Map<String, String> raw = valid();
        raw.put("repositories", "a/one, a/two\n\n  b/three ,\r\nc/four\n,");

        assertEquals(List.of("a/one", "a/two", "b/three", "c/four"), SCHEMA.validate(raw).list("repositories"));
    }

    @Test
    void listWithoutValueIsEmpty() {
        assertEquals(List.of(), SCHEMA.validate(valid()).list("repositories"));
    }

    @Test
    void readingAnUndeclaredSettingFails() {
        SourceConfig config = SCHEMA.validate(valid());

        assertThrows(IllegalArgumentException.class, () -> config.optional("colour"));
    }

    @Test
    void settingDeclaredTwiceIsRefused() {
        ConfigField one = ConfigField.builder("token", ConfigType.STRING).build();
        ConfigField two = ConfigField.builder("token", ConfigType.TEXT).build();

        assertThrows(IllegalArgumentException.class, () -> ConfigSchema.of(one, two));
    }
}
