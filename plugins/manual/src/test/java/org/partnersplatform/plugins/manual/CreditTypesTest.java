package org.partnersplatform.plugins.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityType;

class CreditTypesTest {

    private final ManualSource source = new ManualSource();

    private SourceConfig config(String creditTypes) {
        return source.descriptor().configSchema().validate(Map.of("creditTypes", creditTypes));
    }

    private List<ConfigProblem> problems(String creditTypes) {
        SourceConfig config = config(creditTypes);
        return assertThrows(InvalidConfigurationException.class, () -> source.validate(config)).problems();
    }

    private static ActivityType contribution(String key, String label, String weight) {
        return new ActivityType(key, label, ActivityKind.CONTRIBUTION, new BigDecimal(weight), false);
    }

    @Test
    void defaultTypesAreContributionsWithoutConfirmation() {
        assertEquals(List.of(
                contribution("talk_given", "Talk given", "5"),
                contribution("sprint_led", "Sprint led", "5"),
                contribution("event_organised", "Event organised", "8"),
                contribution("mentoring", "Mentoring", "3"),
                contribution("translation", "Translation", "3"),
                contribution("proofreading", "Proofreading", "2")), CreditTypes.defaults());
    }

    @Test
    void blankSettingFallsBackToTheDefaultTypes() {
        SourceConfig config = source.descriptor().configSchema().validate(Map.of("creditTypes", "  "));

        assertEquals(CreditTypes.defaults(), source.activityTypes(config));
        assertEquals(source.descriptor().activityTypes(), source.activityTypes(config));
    }

    @Test
    void configuredLinesBecomeTypesInTheirOrder() {
        SourceConfig config = config("""
                 podcast_guest |  Podcast guest | 4

                release_managed | Release managed | 6.5
                """);

        assertEquals(List.of(contribution("podcast_guest", "Podcast guest", "4"),
                contribution("release_managed", "Release managed", "6.5")), source.activityTypes(config));
    }

    @Test
    void lineWithoutThreePartsIsRefusedQuotingIt() {
        assertEquals(List.of(new ConfigProblem("creditTypes",
                        "line 'talk_given | Talk given': is not of the form 'key | Label | weight'")),
                problems("talk_given | Talk given"));
    }

    @Test
    void keyThatIsNotSnakeCaseIsRefusedQuotingTheLine() {
        assertEquals(List.of(new ConfigProblem("creditTypes", "line 'TalkGiven | Talk given | 5': the key 'TalkGiven'"
                        + " is not snake_case (lower-case letters, digits and _, starting with a letter)")),
                problems("TalkGiven | Talk given | 5"));
    }

    @Test
    void negativeWeightIsRefusedQuotingTheLine() {
        assertEquals(List.of(new ConfigProblem("creditTypes",
                        "line 'talk_given | Talk given | -1': the weight is negative; use 0 or more")),
                problems("talk_given | Talk given | -1"));
    }

    @Test
    void nonNumericWeightIsRefusedQuotingTheLine() {
        assertEquals(List.of(new ConfigProblem("creditTypes",
                        "line 'talk_given | Talk given | five': the weight 'five' is not a number like 3 or 2.5")),
                problems("talk_given | Talk given | five"));
    }

    @Test
    void duplicateKeyIsRefusedQuotingTheSecondLine() {
        assertEquals(List.of(new ConfigProblem("creditTypes",
                        "line 'talk_given | Keynote | 8': the key 'talk_given' is declared twice")),
                problems("talk_given | Talk given | 5\ntalk_given | Keynote | 8"));
    }

    @Test
    void emptyLabelIsRefused() {
        assertEquals(List.of(new ConfigProblem("creditTypes",
                        "line 'talk_given |  | 5': the label is empty or longer than 100 characters")),
                problems("talk_given |  | 5"));
    }

    @Test
    void everyBadLineIsReportedTogether() {
        List<ConfigProblem> problems = problems("""
                talk_given | Talk given | 5
                Bad Key | Bad | 1
                mentoring | Mentoring | x
                """);

        assertEquals(2, problems.size());
        assertEquals(List.of("creditTypes", "creditTypes"), problems.stream().map(ConfigProblem::key).toList());
    }

    @Test
    void settingWithOnlySeparatorsDeclaresNoTypeAndIsRefused() {
        assertEquals(List.of(new ConfigProblem("creditTypes",
                        "declares no credit type; give at least one 'key | Label | weight' line")),
                problems(",\n,"));
    }
}
