package org.partnersplatform.plugins.stackexchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.SourceConfig;

/** The settings' defaults and the checks {@code validate} makes without calling the API. */
class StackExchangeSourceConfigTest {

    private static SourceConfig raw(Map<String, String> values) {
        return StackExchangeSourceConfig.SCHEMA.validate(values);
    }

    @Test
    void onlyTheTagsAreRequiredAndTheRestHasPublicDefaults() {
        StackExchangeSourceConfig config = StackExchangeSourceConfig.of(raw(Map.of("tags", "Mautic\nmautic, php")));

        assertEquals("stackoverflow", config.site());
        assertEquals(List.of("mautic", "php"), config.tags());
        assertEquals(URI.create("https://api.stackexchange.com/2.3"), config.baseUrl());
        assertEquals(Optional.empty(), config.apiKey());
        assertEquals(50, config.pageSize());
    }

    @Test
    void theApiKeyIsSecretAndNeverShown() {
        SourceConfig config = raw(Map.of("tags", "mautic", "apiKey", "s3cr3t(("));

        assertEquals(true, StackExchangeSourceConfig.SCHEMA.field("apiKey").orElseThrow().secret());
        assertEquals(false, config.toString().contains("s3cr3t"));
    }

    @Test
    void missingTagsAreRefusedByTheSchema() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> raw(Map.of()));

        assertEquals(List.of(new ConfigProblem("tags", "is required")), e.problems());
    }

    @Test
    void aMisspeltSiteATagWithASemicolonAndAPageSizeAbove100AreAllNamed() {
        SourceConfig config = raw(Map.of("tags", "mautic;php", "site", "stack overflow", "pageSize", "101"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> new StackExchangeSource().validate(config));

        assertEquals(List.of("site", "tags", "pageSize"), e.problems().stream().map(ConfigProblem::key).toList());
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsDropped() {
        StackExchangeSourceConfig config = StackExchangeSourceConfig.of(raw(Map.of(
                "tags", "mautic", "baseUrl", "https://proxy.example.org/se/2.3/")));

        assertEquals(URI.create("https://proxy.example.org/se/2.3"), config.baseUrl());
    }
}
