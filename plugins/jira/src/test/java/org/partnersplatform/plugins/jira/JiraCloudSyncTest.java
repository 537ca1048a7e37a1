package org.partnersplatform.plugins.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnersplatform.plugins.jira.JiraTestSupport.CLOUD_SEARCH;
import static org.partnersplatform.plugins.jira.JiraTestSupport.cloud;
import static org.partnersplatform.plugins.jira.JiraTestSupport.config;
import static org.partnersplatform.plugins.jira.JiraTestSupport.fixture;
import static org.partnersplatform.plugins.jira.JiraTestSupport.param;
import static org.partnersplatform.plugins.jira.JiraTestSupport.run;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.testkit.RecordedRequest;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * Jira Cloud against the Cloud-shaped recordings (derived from Perceval's Server pages, users by accountId): MAUT-101,
 * -102 and -103 resolved in the same minute, -103 unassigned, -104 assigned to a deleted account, -105 to an app.
 */
class JiraCloudSyncTest {

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
    void aMultiPageSyncCreditsAssigneesAndRejectsUnassignedAndDeletedOnes() {
        JiraTestSupport.serveCloudPages(server);

        JiraTestSupport.Run run = run(config(cloud(server)), TestSourceContext.create(), Checkpoint.START);

        assertEquals(List.of("issue-MAUT-101", "issue-MAUT-102", "issue-MAUT-105"), run.ids());
        assertEquals(List.of(
                new RejectedItem("issue-MAUT-103", "resolved without an assignee, so nobody is credited"),
                new RejectedItem("issue-MAUT-104",
                        "the assignee's account was deleted (Jira gives it no id), so it cannot be linked to a person")),
                run.rejected());
        assertEquals(List.of(true, true, false), run.pages().stream().map(Page::hasMore).toList());
        assertEquals(new ActivityRecord("issue-MAUT-101", "issue_resolved", Instant.parse("2024-03-01T10:15:20Z"),
                new Actor("5b10a2844c20165700ede21g", null, "Ada Lovelace", "ada@example.org",
                        server.baseUrl() + "/jira/people/5b10a2844c20165700ede21g", false),
                server.baseUrl() + "/browse/MAUT-101", "Translate the installer into Czech",
                Map.of("project", "MAUT", "issueType", "Task", "status", "Done"), null), run.items().get(0));
        ActivityRecord hiddenEmail = run.items().get(1);
        assertNull(hiddenEmail.actor().email(), "Cloud hides Grace's email");
        assertEquals("5b10ac8d82e05b22cc7d4ef5", hiddenEmail.actor().sourceUserId());
        ActivityRecord automation = run.items().get(2);
        assertTrue(automation.actor().bot(), "an app account is a bot");
        assertEquals(Instant.parse("2024-03-05T16:30:00Z"), automation.occurredAt());
        assertEquals("Sub-task", automation.attributes().get("issueType"));
    }

    @Test
    void requestsUseApiV3BasicAuthAndAQuotedFilter() {
        JiraTestSupport.serveCloudPages(server);

        run(config(cloud(server, "projects", "MAUT", "issueTypes", "Task, Sub-task")), TestSourceContext.create(),
                Checkpoint.START);

        RecordedRequest first = server.requests().get(0);
        assertEquals(CLOUD_SEARCH, first.path());
        String basic = Base64.getEncoder().encodeToString(
                (JiraTestSupport.EMAIL + ":" + JiraTestSupport.API_TOKEN).getBytes(StandardCharsets.UTF_8));
        assertEquals("Basic " + basic, first.header("Authorization").orElseThrow());
        assertEquals("(resolution IS NOT EMPTY) AND project IN (\"MAUT\") AND issuetype IN (\"Task\", \"Sub-task\") "
                + "ORDER BY resolved ASC, key ASC", param(first.query(), "jql"));
        assertEquals("0", param(first.query(), "startAt"));
        assertEquals("2", param(first.query(), "maxResults"));
        assertEquals("summary,assignee,resolutiondate,updated,status,issuetype,project",
                param(first.query(), "fields"));
        assertEquals("changelog", param(first.query(), "expand"), "always: the assignee at resolution is replayed "
                + "from the changelog");
    }

    @Test
    void theCheckpointHoldsTheMinuteAndTheKeysReadInItAndTheNextSearchStartsAtThatMinute() {
        JiraTestSupport.serveCloudPages(server);
        Checkpoint afterFirst;
        try (PagedSession<ActivityRecord> session = new JiraSource().open(
                config(cloud(server, "timeZone", "Europe/Prague")), TestSourceContext.create())) {
            afterFirst = session.fetch(Checkpoint.START).next();
            assertEquals("2024-03-01T10:15:00Z|MAUT-101,MAUT-102", afterFirst.token());
            Page<ActivityRecord> second = session.fetch(afterFirst);
            assertEquals(List.of(), second.items());
            assertEquals(2, second.rejected().size());
            assertEquals("2024-03-02T08:00:00Z|MAUT-104", second.next().token());
        }

        RecordedRequest resumed = server.requests().get(1);
        assertEquals("(resolution IS NOT EMPTY) AND resolved >= \"2024/03/01 11:15\" ORDER BY resolved ASC, key ASC",
                param(resumed.query(), "jql"), "the minute is written in the account's time zone");
        assertEquals("0", param(resumed.query(), "startAt"), "each page searches again from the minute");
    }

    @Test
    void aCompleteRunsCheckpointResumesWithNothingNewAndKeepsTheCheckpoint() {
        JiraTestSupport.serveCloudPages(server);
        Checkpoint done = run(config(cloud(server)), TestSourceContext.create(), Checkpoint.START).last();

        JiraTestSupport.Run again = run(config(cloud(server)), TestSourceContext.create(), done);

        assertEquals("2024-03-05T16:30:00Z|MAUT-105", done.token());
        assertEquals(List.of(), again.items());
        assertEquals(List.of(), again.rejected());
        assertEquals(done, again.last());
    }

    @Test
    void anEmptySearchIsTheLastPageAndLeavesTheCheckpointUnchanged() {
        server.on("GET", CLOUD_SEARCH).respond(fixture("search_empty.json"));
        Checkpoint from = Checkpoint.of("2024-03-05T16:30:00Z|MAUT-105");

        JiraTestSupport.Run run = run(config(cloud(server)), TestSourceContext.create(), from);

        assertEquals(1, run.pages().size());
        assertEquals(List.of(), run.items());
        assertFalse(run.pages().get(0).hasMore());
        assertEquals(from, run.last());
    }

    @Test
    void aReResolvedIssueIsEmittedAgainUnderTheSameIdWithItsNewDate() {
        server.on("GET", CLOUD_SEARCH).respond(fixture("cloud_search_one_issue.json"));
        Checkpoint afterLaterIssue = Checkpoint.of("2024-02-01T00:00:00Z|MAUT-7");

        JiraTestSupport.Run run = run(config(cloud(server)), TestSourceContext.create(), afterLaterIssue);

        assertEquals(List.of("issue-MAUT-101"), run.ids());
        assertEquals(Instant.parse("2024-03-01T10:15:20Z"), run.items().get(0).occurredAt());
        assertEquals("2024-03-01T10:15:00Z|MAUT-101", run.last().token());
    }

    @Test
    void aRedirectIsFollowed() {
        server.on("GET", "/old" + CLOUD_SEARCH).respond(ReplayResponse.status(301)
                .header("Location", "{baseUrl}" + CLOUD_SEARCH));
        server.on("GET", CLOUD_SEARCH).respond(fixture("cloud_search_one_issue.json"));
        Map<String, String> values = cloud(server);
        values.put("baseUrl", server.baseUrl() + "/old");

        JiraTestSupport.Run run = run(config(values), TestSourceContext.create(), Checkpoint.START);

        assertEquals(List.of("issue-MAUT-101"), run.ids());
        assertEquals(List.of("/old" + CLOUD_SEARCH, CLOUD_SEARCH),
                server.requests().stream().map(RecordedRequest::path).toList());
    }

    @Test
    void aRateLimitIsWaitedOutAndEveryIssueArrives() {
        server.on("GET", CLOUD_SEARCH, query -> param(query, "startAt").equals("0")).respond(
                ReplayResponse.status(429).header("Retry-After", "7"),
                fixture("cloud_search_page_1.json"));
        JiraTestSupport.servePage(server, CLOUD_SEARCH, 2, "cloud_search_page_2.json");
        JiraTestSupport.servePage(server, CLOUD_SEARCH, 4, "cloud_search_page_3.json");
        TestSourceContext context = TestSourceContext.create();

        JiraTestSupport.Run run = run(config(cloud(server)), context, Checkpoint.START);

        assertEquals(List.of(Duration.ofSeconds(7)), context.waits());
        assertEquals(List.of("issue-MAUT-101", "issue-MAUT-102", "issue-MAUT-105"), run.ids());
        assertEquals(2, run.rejected().size());
    }

    @Test
    void doneStatusesCountTheLastMoveIntoADoneStatusFromTheChangelog() {
        server.on("GET", CLOUD_SEARCH).respond(fixture("cloud_search_done_status.json"));

        JiraTestSupport.Run run = run(config(cloud(server, "doneStatuses", "Approved, Released")),
                TestSourceContext.create(), Checkpoint.START);

        assertEquals(List.of("issue-MAUT-201"), run.ids());
        assertEquals(Instant.parse("2024-04-08T17:05:00Z"), run.items().get(0).occurredAt());
        assertEquals("2024-04-10T09:30:00Z|MAUT-201", run.last().token(), "ordered by the last update");
        RecordedRequest request = server.requests().get(0);
        assertEquals("status IN (\"Approved\", \"Released\") ORDER BY updated ASC, key ASC",
                param(request.query(), "jql"));
        assertEquals("changelog", param(request.query(), "expand"));
    }
}
