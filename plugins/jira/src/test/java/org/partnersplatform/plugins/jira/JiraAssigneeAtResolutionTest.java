package org.partnersplatform.plugins.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.partnersplatform.plugins.jira.JiraTestSupport.CLOUD_SEARCH;
import static org.partnersplatform.plugins.jira.JiraTestSupport.SERVER_SEARCH;
import static org.partnersplatform.plugins.jira.JiraTestSupport.cloud;
import static org.partnersplatform.plugins.jira.JiraTestSupport.config;
import static org.partnersplatform.plugins.jira.JiraTestSupport.fixture;
import static org.partnersplatform.plugins.jira.JiraTestSupport.param;
import static org.partnersplatform.plugins.jira.JiraTestSupport.run;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.testkit.RecordedRequest;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * The assignee credited is the one at resolution, replayed from the changelog: reassigned, unassigned or first
 * assigned after the resolution, assigned on the resolve screen, and a changelog the search truncated.
 */
class JiraAssigneeAtResolutionTest {

    private static final String ADA = "5b10a2844c20165700ede21g";
    private static final String GRACE = "5b10ac8d82e05b22cc7d4ef5";
    private static final String TRIAGE = "5b10ac8d82e05b22cc7d4f00";
    private static final String CHANGELOG_306 = "/rest/api/3/issue/MAUT-306/changelog";
    private static final Map<String, String> DONE_TASK = Map.of("project", "MAUT", "issueType", "Task",
            "status", "Done");

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
    void cloudCreditsTheAssigneeAtResolutionWhateverHappenedAfter() {
        server.on("GET", CLOUD_SEARCH).respond(fixture("cloud_search_reassigned.json"));

        JiraTestSupport.Run run = run(config(cloud(server, "pageSize", "50")), TestSourceContext.create(),
                Checkpoint.START);

        assertEquals(List.of("issue-MAUT-301", "issue-MAUT-302", "issue-MAUT-304", "issue-MAUT-305"), run.ids());
        assertEquals(List.of(new RejectedItem("issue-MAUT-303", "resolved without an assignee, so nobody is credited")),
                run.rejected(), "assigned only after its resolution: nobody was assigned when it was resolved");
        assertEquals(new ActivityRecord("issue-MAUT-301", "issue_resolved", Instant.parse("2024-03-01T10:15:20Z"),
                new Actor(ADA, null, "Ada Lovelace", null, server.baseUrl() + "/jira/people/" + ADA, false),
                server.baseUrl() + "/browse/MAUT-301", "Translate the installer into Slovak", DONE_TASK, null),
                run.items().get(0), "reassigned to Grace, then to the triage user: Ada, from the changelog");
        assertEquals(new Actor(GRACE, null, "Grace Hopper", null, server.baseUrl() + "/jira/people/" + GRACE, false),
                run.items().get(1).actor(), "unassigned after its resolution");
        assertEquals(new ActivityRecord("issue-MAUT-304", "issue_resolved", Instant.parse("2024-03-01T13:00:00Z"),
                new Actor(ADA, null, "Ada Lovelace", "ada@example.org", server.baseUrl() + "/jira/people/" + ADA,
                        false),
                server.baseUrl() + "/browse/MAUT-304", "Update the contributor guide", DONE_TASK, null),
                run.items().get(2), "no assignee change: the current assignee, with what only the current object has");
        assertEquals(new Actor(ADA, null, "Ada Lovelace", null, server.baseUrl() + "/jira/people/" + ADA, false),
                run.items().get(3).actor(), "assigned on the resolve screen, in the history that resolved it");
        assertEquals(List.of(CLOUD_SEARCH), server.requests().stream().map(RecordedRequest::path).toList(),
                "complete changelogs need no other request");
        assertEquals("changelog", param(server.requests().get(0).query(), "expand"));
    }

    @Test
    void serverCreditsTheAssigneeAtResolutionByKey() {
        server.on("GET", SERVER_SEARCH).respond(fixture("server_search_reassigned.json"));

        JiraTestSupport.Run run = run(config(JiraTestSupport.server(server)), TestSourceContext.create(),
                Checkpoint.START);

        assertEquals(List.of(new ActivityRecord("issue-HELP-6042", "issue_resolved",
                Instant.parse("2016-03-03T14:30:17Z"), new Actor("user1", null, "User1", null, null, false),
                server.baseUrl() + "/browse/HELP-6042", null,
                Map.of("project", "HELP", "issueType", "extRequest", "status", "Closed"), null)), run.items(),
                "reassigned to user3 after its resolution: user1 by the key in the changelog; the changelog gives "
                        + "no username, so no profile link");
        assertEquals("changelog", param(server.requests().get(0).query(), "expand"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void serverReadsTheWholeIssueWhenTheSearchTruncatedItsChangelog() throws IOException {
        Map<String, Object> search = JSON.std.mapFrom(resource("server_search_reassigned.json"));
        Map<String, Object> whole = (Map<String, Object>) ((List<?>) search.get("issues")).get(0);
        String wholeIssue = JSON.std.asString(whole);
        Map<String, Object> changelog = (Map<String, Object>) whole.get("changelog");
        changelog.put("maxResults", 2);
        changelog.put("histories", ((List<?>) changelog.get("histories")).subList(0, 2));
        server.on("GET", SERVER_SEARCH).respond(ReplayResponse.ok(JSON.std.asString(search)));
        server.on("GET", "/rest/api/2/issue/HELP-6042").respond(ReplayResponse.ok(wholeIssue));

        JiraTestSupport.Run run = run(config(JiraTestSupport.server(server)), TestSourceContext.create(),
                Checkpoint.START);

        assertEquals(new Actor("user1", null, "User1", null, null, false), run.items().get(0).actor(),
                "the reassignment to user3 is only in the whole issue's changelog");
        RecordedRequest issueRequest = server.requests().get(1);
        assertEquals("/rest/api/2/issue/HELP-6042", issueRequest.path());
        assertEquals("assignee", param(issueRequest.query(), "fields"));
        assertEquals("changelog", param(issueRequest.query(), "expand"));
        assertEquals("Bearer " + JiraTestSupport.PAT, issueRequest.header("Authorization").orElseThrow());
    }

    @Test
    void aTruncatedCloudChangelogIsReadWholeFromTheChangelogResource() {
        server.on("GET", CLOUD_SEARCH).respond(fixture("cloud_search_truncated_changelog.json"));
        JiraTestSupport.servePage(server, CHANGELOG_306, 0, "cloud_changelog_page_1.json");
        JiraTestSupport.servePage(server, CHANGELOG_306, 2, "cloud_changelog_page_2.json");

        JiraTestSupport.Run run = run(config(cloud(server)), TestSourceContext.create(), Checkpoint.START);

        assertEquals(new ActivityRecord("issue-MAUT-306", "issue_resolved", Instant.parse("2024-03-01T15:00:00Z"),
                new Actor(GRACE, null, "Grace Hopper", null, server.baseUrl() + "/jira/people/" + GRACE, false),
                server.baseUrl() + "/browse/MAUT-306", "Record the onboarding video", DONE_TASK, null),
                run.items().get(0), "the reassignment to triage is only in the changelog's last page");
        List<RecordedRequest> changelog = server.requests("GET", CHANGELOG_306);
        assertEquals(List.of("startAt=0&maxResults=100", "startAt=2&maxResults=100"),
                changelog.stream().map(RecordedRequest::query).toList());
        assertEquals("Basic", changelog.get(0).header("Authorization").orElseThrow().split(" ")[0]);
    }

    @Test
    void whenJiraDoesNotServeTheWholeChangelogTheCurrentAssigneeIsCreditedAndSaid() {
        server.on("GET", CLOUD_SEARCH).respond(fixture("cloud_search_truncated_changelog.json"));
        server.on("GET", CHANGELOG_306).respond(ReplayResponse.status(404));

        JiraTestSupport.Run run = run(config(cloud(server)), TestSourceContext.create(), Checkpoint.START);

        assertEquals(new Actor(TRIAGE, null, "Community Triage", null, server.baseUrl() + "/jira/people/" + TRIAGE,
                false), run.items().get(0).actor());
        assertEquals(Map.of("project", "MAUT", "issueType", "Task", "status", "Done",
                "creditedAssignee", "current assignee: the changelog was incomplete"),
                run.items().get(0).attributes());
        assertEquals(List.of(), run.rejected());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JiraAssigneeAtResolutionTest.class.getResourceAsStream("/fixtures/jira/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
