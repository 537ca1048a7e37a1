package org.partnersplatform.plugins.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;

/** Validation without the network, and the JQL the settings produce. */
class JiraSourceConfigTest {

    private static final String URL = "https://mautic.atlassian.net";

    @Test
    void cloudNeedsTheEmailAndTheApiToken() {
        assertProblems(Map.of("baseUrl", URL),
                "email: is required for Jira Cloud: the email of the Atlassian account whose API token is used",
                "apiToken: is required for Jira Cloud: create one at id.atlassian.com, Security, API tokens");
    }

    @Test
    void serverNeedsAPersonalAccessToken() {
        assertProblems(Map.of("baseUrl", URL, "deployment", "server", "apiToken", "x"),
                "personalAccessToken: is required for Jira Server/Data Center: create one in your Jira profile, "
                        + "Personal Access Tokens");
    }

    @Test
    void anUnknownDeploymentAnOrderByAZoneAndAPageSizeAreRefused() {
        assertProblems(Map.of("baseUrl", URL, "deployment", "datacenter", "jql", "project = MAUT order by created",
                        "timeZone", "Mars/Olympus", "pageSize", "0"),
                "deployment: must be cloud or server",
                "jql: must not contain ORDER BY: the plugin orders the issues itself to read them incrementally",
                "timeZone: is not a time zone; use a region id such as Europe/Paris or UTC",
                "pageSize: must be a whole number from 1 to 1000");
    }

    @Test
    void credentialsAreSecretAndTheBaseUrlIsRequired() {
        assertTrue(JiraSourceConfig.SCHEMA.field("apiToken").map(ConfigField::secret).orElseThrow());
        assertTrue(JiraSourceConfig.SCHEMA.field("personalAccessToken").map(ConfigField::secret).orElseThrow());
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> JiraSourceConfig.SCHEMA.validate(Map.of()));
        assertEquals(List.of(new ConfigProblem("baseUrl", "is required")), e.problems());
    }

    @Test
    void valuesAreQuotedSoTheyCannotChangeTheQuery() {
        JiraSourceConfig config = JiraSourceConfig.of(JiraTestSupport.config(Map.of("baseUrl", URL,
                "email", "a@example.org", "apiToken", "t", "jql", "labels = community",
                "projects", "MAUT, X\" OR project = \"SECRET", "issueTypes", "Back\\slash")));

        assertEquals("(labels = community) AND project IN (\"MAUT\", \"X\\\" OR project = \\\"SECRET\") "
                        + "AND issuetype IN (\"Back\\\\slash\") ORDER BY resolved ASC, key ASC",
                new JqlQuery(config).build(null));
    }

    private static void assertProblems(Map<String, String> values, String... expected) {
        var config = JiraSourceConfig.SCHEMA.validate(new HashMap<>(values));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> new JiraSource().validate(config));
        assertEquals(List.of(expected), e.problems().stream().map(ConfigProblem::toString).toList());
    }
}
