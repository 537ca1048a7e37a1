package org.partnersplatform.plugins.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.partnersplatform.plugins.jira.JiraTestSupport.SERVER_SEARCH;
import static org.partnersplatform.plugins.jira.JiraTestSupport.config;
import static org.partnersplatform.plugins.jira.JiraTestSupport.run;
import static org.partnersplatform.plugins.jira.JiraTestSupport.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.testkit.RecordedRequest;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * Jira Server against Perceval's real REST v2 recordings of jira.fiware.org: three issues over two pages of two, of
 * which only HELP-6042 is resolved.
 */
class JiraServerSyncTest {

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        JiraTestSupport.servePage(server, SERVER_SEARCH, 0, "server_search_page_1.json");
        JiraTestSupport.servePage(server, SERVER_SEARCH, 2, "server_search_page_2.json");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theResolvedIssueIsCreditedToItsAssigneeByKeyAndUnresolvedOnesAreNotActivities() {
        JiraTestSupport.Run run = run(config(server(server)), TestSourceContext.create(), Checkpoint.START);

        assertEquals(List.of(new ActivityRecord("issue-HELP-6042", "issue_resolved",
                Instant.parse("2016-03-03T14:30:17Z"),
                new Actor("user1", "user1", "User1", null,
                        server.baseUrl() + "/secure/ViewProfile.jspa?name=user1", false),
                server.baseUrl() + "/browse/HELP-6042", null,
                Map.of("project", "HELP", "issueType", "extRequest", "status", "Closed"), null)), run.items());
        assertEquals(List.of(), run.rejected(), "unresolved issues are neither activities nor rejected");
        assertEquals(List.of(true, false), run.pages().stream().map(Page::hasMore).toList());
        assertEquals("2016-03-03T14:30:00Z|HELP-6042", run.last().token());
    }

    @Test
    void requestsUseApiV2AndTheBearerToken() {
        run(config(server(server)), TestSourceContext.create(), Checkpoint.START);

        RecordedRequest first = server.requests().get(0);
        assertEquals(SERVER_SEARCH, first.path());
        assertEquals("Bearer " + JiraTestSupport.PAT, first.header("Authorization").orElseThrow());
        assertEquals(List.of("0", "0", "2"), server.requests().stream()
                .map(r -> JiraTestSupport.param(r.query(), "startAt")).toList(),
                "the second page searches again from the minute, finds only read issues and goes on to startAt=2");
    }
}
