package org.partnersplatform.plugins.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigProblem;

/** What the settings accept and refuse before anything calls the forum. */
class DiscourseSourceConfigTest {

    private final DiscourseSource source = new DiscourseSource();

    @Test
    void aForumUrlIsRequiredBecauseThereIsNoPublicDefault() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> DiscourseSourceConfig.SCHEMA.validate(Map.of()));

        assertEquals(List.of(new ConfigProblem("baseUrl", "is required")), e.problems());
    }

    @Test
    void theDefaultsReadSolutionsOnlyAsSystemWithoutSelfAnswers() {
        DiscourseSourceConfig config = DiscourseSourceConfig.of(Forum.config("https://forum.example.org/"));

        assertEquals(URI.create("https://forum.example.org"), config.baseUrl());
        assertEquals("system", config.apiUsername());
        assertEquals(List.of(), config.categories());
        assertEquals(false, config.countSelfAnswers());
        assertEquals(false, config.includeConversations());
        assertEquals(20, config.pageSize());
        assertEquals(7, config.solvedLookbackDays());
    }

    @Test
    void validateRefusesOutOfRangeNumbersAndAUrlWithAQueryNamingEachSetting() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> source.validate(Forum.config("https://forum.example.org/?x=1", "pageSize", "0",
                        "solvedLookbackDays", "-1")));

        assertEquals(List.of("baseUrl", "pageSize", "solvedLookbackDays"),
                e.problems().stream().map(ConfigProblem::key).toList());
    }

    @Test
    void theApiKeyIsSecretAndNeverShown() {
        assertEquals(true, DiscourseSourceConfig.SCHEMA.field("apiKey").orElseThrow().secret());
        String shown = Forum.config("https://forum.example.org", "apiKey", "s3cret").toString();

        assertEquals(true, shown.contains("apiKey=******"), shown);
        assertEquals(false, shown.contains("s3cret"), shown);
    }
}
