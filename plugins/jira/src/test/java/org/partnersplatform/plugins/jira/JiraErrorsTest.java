package org.partnersplatform.plugins.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnersplatform.plugins.jira.JiraTestSupport.CLOUD_SEARCH;
import static org.partnersplatform.plugins.jira.JiraTestSupport.SERVER_SEARCH;
import static org.partnersplatform.plugins.jira.JiraTestSupport.cloud;
import static org.partnersplatform.plugins.jira.JiraTestSupport.config;
import static org.partnersplatform.plugins.jira.JiraTestSupport.server;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/** What each refusal of Jira's becomes, and which setting it names. */
class JiraErrorsTest {

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a401OnCloudNamesTheApiToken() {
        server.on("GET", CLOUD_SEARCH).respond(ReplayResponse.status(401)
                .bodyFromResource("fixtures/jira/search_401.json"));

        assertProblem(cloud(server), "apiToken", "Jira refused the credentials (401): check the email and create a "
                + "new API token at id.atlassian.com, Security, API tokens");
    }

    @Test
    void a401OnServerNamesThePersonalAccessToken() {
        server.on("GET", SERVER_SEARCH).respond(ReplayResponse.status(401)
                .bodyFromResource("fixtures/jira/search_401.json"));

        assertProblem(server(server), "personalAccessToken", "Jira refused the credentials (401): create a new "
                + "personal access token in your Jira profile, Personal Access Tokens");
    }

    @Test
    void a403NamesTheCredentialAndThePermission() {
        server.on("GET", CLOUD_SEARCH).respond(ReplayResponse.status(403));

        InvalidConfigurationException e = failure(cloud(server), InvalidConfigurationException.class);
        assertEquals("apiToken", e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().startsWith("Jira refused access (403): the account needs the "
                + "Browse projects permission"), e.getMessage());
    }

    @Test
    void a404NamesTheBaseUrl() {
        assertProblem(cloud(server), "baseUrl", "Jira has no search resource at /rest/api/3/search (404): check the "
                + "Jira URL (with its context path) and the deployment kind");
    }

    @Test
    void a400AboutAnUnknownProjectNamesTheProjectsQuotingJira() {
        server.on("GET", CLOUD_SEARCH).respond(ReplayResponse.status(400)
                .bodyFromResource("fixtures/jira/search_400_unknown_project.json"));

        assertProblem(cloud(server, "projects", "NOPE"), "projects",
                "Jira refused the search (400): The value 'NOPE' does not exist for the field 'project'.");
    }

    @Test
    void a400WithoutConfiguredProjectsNamesTheJql() {
        server.on("GET", CLOUD_SEARCH).respond(ReplayResponse.status(400)
                .body("{\"errorMessages\":[\"Error in the JQL Query: Expecting a field name but got 'AND'.\"]}"));

        assertProblem(cloud(server, "jql", "AND type = Task"), "jql",
                "Jira refused the search (400): Error in the JQL Query: Expecting a field name but got 'AND'.");
    }

    @Test
    void aServerErrorThatPersistsIsTemporarilyUnavailable() {
        server.on("GET", CLOUD_SEARCH).respond(ReplayResponse.status(503));

        failure(cloud(server), TemporarilyUnavailableException.class);
    }

    @Test
    void aBodyThatIsNotASearchAnswerIsMalformed() {
        server.on("GET", CLOUD_SEARCH).respond(ReplayResponse.ok("<html>Log in</html>").contentType("text/html"));

        failure(cloud(server), MalformedDataException.class);
    }

    @Test
    void aCheckpointThisPluginDidNotWriteIsMalformed() {
        try (PagedSession<ActivityRecord> session = new JiraSource().open(config(cloud(server)),
                TestSourceContext.create())) {
            assertThrows(MalformedDataException.class, () -> session.fetch(Checkpoint.of("page=3")));
        }
    }

    private void assertProblem(Map<String, String> values, String key, String message) {
        InvalidConfigurationException e = failure(values, InvalidConfigurationException.class);
        assertEquals(List.of(new ConfigProblem(key, message)), e.problems());
    }

    private <T extends SourceException> T failure(Map<String, String> values, Class<T> type) {
        try (PagedSession<ActivityRecord> session = new JiraSource().open(config(values),
                TestSourceContext.create())) {
            return assertThrows(type, () -> session.fetch(Checkpoint.START));
        }
    }
}
