package org.partnersplatform.plugins.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.testkit.RecordedRequest;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/** The Discourse source against the recorded forum of {@link Forum}, one behaviour a test. */
class DiscourseSourceTest {

    private final DiscourseSource source = new DiscourseSource();
    private ReplayServer server;
    private TestSourceContext context;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        context = TestSourceContext.create();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFullSyncReadsEveryListingPageAndEmitsEachSolutionOnceOldestTopicFirst() {
        Forum.serve(server);

        List<Page<ActivityRecord>> pages = run(Forum.config(server.baseUrl(), "pageSize", "2"), Checkpoint.START);

        assertEquals(3, pages.size());
        assertEquals(List.of("solution-12"), ids(pages.get(0)));
        assertEquals("v1;partial;2017-08-08T20:12:04.657Z;23", pages.get(0).next().token());
        assertEquals(List.of("solution-32"), ids(pages.get(1)));
        assertEquals("v1;partial;2017-08-09T12:00:00Z;25", pages.get(1).next().token());
        assertEquals(List.of("solution-52"), ids(pages.get(2)));
        assertEquals("v1;done;2017-08-10T09:00:00Z;26", pages.get(2).next().token());
        assertFalse(pages.get(2).hasMore());
        assertEquals(List.of("page=0", "page=1", "page=2"),
                server.requests("GET", "/latest.json").stream().map(RecordedRequest::query).toList());
        assertTrue(server.requests("GET", "/t/57.json").isEmpty(), "an unsolved topic is not read for solutions");
    }

    @Test
    void aSolutionIsCreditedToTheAnswersAuthorAndDatedByTheAnswer() {
        Forum.serve(server);

        ActivityRecord solution = items(run(Forum.config(server.baseUrl()), Checkpoint.START)).get(0);

        assertEquals("solution-12", solution.itemId());
        assertEquals("accepted_solution", solution.type());
        assertEquals(Instant.parse("2017-07-31T10:00:00.250Z"), solution.occurredAt());
        assertEquals(new Actor("5", "alice", "Alice Example", null, server.baseUrl() + "/u/alice", false),
                solution.actor());
        assertEquals(server.baseUrl() + "/t/how-do-i-declare-a-constant/21/2", solution.url());
        assertEquals("How do I declare a constant?", solution.title());
        assertEquals(Map.of("topic_id", "21", "post_id", "12", "post_number", "2", "category_id", "1",
                "accepted_by", "kzh"), solution.attributes());
    }

    @Test
    void anAcceptedAnswerBeyondTheFirstChunkOfPostsIsReadAroundItsPostNumber() {
        Forum.serve(server);

        ActivityRecord solution = items(run(Forum.config(server.baseUrl()), Checkpoint.START)).get(1);

        assertEquals("solution-32", solution.itemId());
        assertEquals(new Actor("7", "bob", null, null, server.baseUrl() + "/u/bob", false), solution.actor());
        assertEquals(Instant.parse("2017-08-09T07:30:00Z"), solution.occurredAt());
        assertEquals(1, server.requests("GET", "/t/24/2.json").size());
    }

    @Test
    void aSolutionByTheSystemUserIsFlaggedAsABot() {
        Forum.serve(server);

        ActivityRecord solution = items(run(Forum.config(server.baseUrl()), Checkpoint.START)).get(2);

        assertEquals("solution-52", solution.itemId());
        assertEquals(new Actor("-1", "system", "system", null, server.baseUrl() + "/u/system", true),
                solution.actor());
    }

    @Test
    void aSolutionWhoseAuthorWasDeletedIsRejectedWithTheReasonAndTheRunGoesOn() {
        Forum.serve(server);

        List<Page<ActivityRecord>> pages = run(Forum.config(server.baseUrl()), Checkpoint.START);

        assertEquals(List.of(new RejectedItem("solution-42", "the author was deleted (the post has no username), "
                + "so it cannot be credited to anyone")), pages.get(0).rejected());
        assertEquals(List.of("solution-12", "solution-32", "solution-52"), ids(pages.get(0)));
    }

    @Test
    void aSelfAnswerIsNotCountedByDefault() {
        Forum.serve(server);

        List<String> ids = ids(run(Forum.config(server.baseUrl()), Checkpoint.START).get(0));

        assertFalse(ids.contains("solution-22"));
        assertEquals(1, server.requests("GET", "/t/23.json").size(), "the self-answered topic is still read");
    }

    @Test
    void aSelfAnswerCountsWhenConfigured() {
        Forum.serve(server);

        List<ActivityRecord> items = items(run(Forum.config(server.baseUrl(), "countSelfAnswers", "true"),
                Checkpoint.START));

        ActivityRecord self = items.get(1);
        assertEquals("solution-22", self.itemId());
        assertEquals("kzh", self.actor().username());
        assertEquals(Instant.parse("2017-08-08T20:12:04.657Z"), self.occurredAt());
        assertEquals("tomtom", self.attributes().get("accepted_by"));
    }

    @Test
    void conversationsAddTopicsCreatedAndRegularRepliesReadingPostsBeyondTheFirstChunk() {
        Forum.serve(server);

        List<ActivityRecord> items = items(run(Forum.config(server.baseUrl(), "includeConversations", "true",
                "categories", "sandbox"), Checkpoint.START));

        assertEquals(List.of("topic-57", "post-86", "post-226"), items.stream().map(ActivityRecord::itemId).toList());
        assertEquals(List.of("topic_created", "reply_posted", "reply_posted"),
                items.stream().map(ActivityRecord::type).toList());
        assertEquals(List.of("samsaffron", "stienman", "splattne"),
                items.stream().map(r -> r.actor().username()).toList());
        assertEquals(Instant.parse("2013-02-05T17:14:17.364Z"), items.get(2).occurredAt());
        assertEquals("15", items.get(0).actor().sourceUserId());
    }

    @Test
    void categoriesGivenByIdKeepOnlyTheirTopicsWithoutLookingUpSlugs() {
        Forum.serve(server);

        List<String> ids = ids(run(Forum.config(server.baseUrl(), "categories", "13"), Checkpoint.START).get(0));

        assertEquals(List.of(), ids);
        assertTrue(server.requests("GET", "/site.json").isEmpty());
    }

    @Test
    void anUnknownCategorySlugIsAConfigurationProblem() {
        Forum.serve(server);

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(Forum.config(server.baseUrl(), "categories", "support, no-such-category"), Checkpoint.START));

        assertEquals("categories", e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().contains("no-such-category"), e.getMessage());
    }

    @Test
    void anIncrementalRunReadsOnlyTopicsBumpedAfterTheCheckpointAndStopsWalkingTheList() {
        Forum.serve(server);

        List<Page<ActivityRecord>> pages = run(Forum.config(server.baseUrl(), "solvedLookbackDays", "0"),
                Checkpoint.of("v1;done;2017-08-09T08:00:00Z;24"));

        assertEquals(List.of("solution-52"), ids(pages.get(0)));
        assertEquals(List.of(new RejectedItem("solution-42", "the author was deleted (the post has no username), "
                + "so it cannot be credited to anyone")), pages.get(0).rejected());
        assertEquals("v1;done;2017-08-10T09:00:00Z;26", pages.get(0).next().token());
        assertEquals(List.of("page=0", "page=1"),
                server.requests("GET", "/latest.json").stream().map(RecordedRequest::query).toList());
        assertTrue(server.requests("GET", "/t/24.json").isEmpty());
    }

    @Test
    void aRunAfterAFinishedOneLooksBackForSolutionsAcceptedWithoutABump() {
        Forum.serve(server);

        List<Page<ActivityRecord>> pages = run(Forum.config(server.baseUrl(), "solvedLookbackDays", "1"),
                Checkpoint.of("v1;done;2017-08-09T08:00:00Z;24"));

        assertEquals(List.of("solution-32", "solution-52"), ids(pages.get(0)));
        assertEquals("v1;done;2017-08-10T09:00:00Z;26", pages.get(0).next().token());
    }

    @Test
    void aRunWithNothingNewKeepsTheCheckpoint() {
        Forum.serve(server);

        List<Page<ActivityRecord>> pages = run(Forum.config(server.baseUrl(), "solvedLookbackDays", "0"),
                Checkpoint.of("v1;done;2017-08-10T09:00:00Z;26"));

        assertEquals(1, pages.size());
        assertEquals(List.of(), pages.get(0).items());
        assertEquals("v1;done;2017-08-10T09:00:00Z;26", pages.get(0).next().token());
        assertEquals(List.of("page=0"),
                server.requests("GET", "/latest.json").stream().map(RecordedRequest::query).toList());
    }

    @Test
    void anEmptyForumEndsAtOnceWithTheStartCheckpoint() {
        server.on("GET", "/latest.json", "page=0").respond(Forum.ok("latest_empty.json"));

        List<Page<ActivityRecord>> pages = run(Forum.config(server.baseUrl()), Checkpoint.START);

        assertEquals(1, pages.size());
        assertEquals(List.of(), pages.get(0).items());
        assertTrue(pages.get(0).next().isStart());
        assertFalse(pages.get(0).hasMore());
    }

    @Test
    void theLastListingPageHasNoMoreTopicsUrlAndEndsTheWalk() {
        server.on("GET", "/latest.json", "page=0").respond(Forum.ok("latest_page_2_last.json"));
        Forum.serveTopics(server);

        List<Page<ActivityRecord>> pages = run(Forum.config(server.baseUrl()), Checkpoint.START);

        assertEquals(List.of("solution-12"), ids(pages.get(0)));
        assertEquals("v1;done;2017-08-01T00:00:00Z;21", pages.get(0).next().token());
        assertEquals(1, server.requests("GET", "/latest.json").size());
    }

    @Test
    void aRateLimitedListingIsRetriedAfterRetryAfterAndEveryItemArrives() {
        server.on("GET", "/latest.json", "page=0").respond(Forum.ok("latest_page_0.json"));
        server.on("GET", "/latest.json", "page=1").respond(
                ReplayResponse.status(429).header("Retry-After", "7"), Forum.ok("latest_page_1.json"));
        server.on("GET", "/latest.json", "page=2").respond(Forum.ok("latest_page_2_last.json"));
        Forum.serveTopics(server);

        List<ActivityRecord> items = items(run(Forum.config(server.baseUrl()), Checkpoint.START));

        assertEquals(List.of(Duration.ofSeconds(7)), context.waits());
        assertEquals(List.of("solution-12", "solution-32", "solution-52"),
                items.stream().map(ActivityRecord::itemId).toList());
        assertEquals(2, server.requests("GET", "/latest.json").stream().filter(r -> r.query().equals("page=1"))
                .count());
    }

    @Test
    void aMovedForumIsFollowedThroughItsRedirect() {
        server.on("GET", "/old/latest.json", "page=0")
                .respond(ReplayResponse.status(301).header("Location", "{baseUrl}/latest.json?page=2"));
        server.on("GET", "/old/t/21.json")
                .respond(ReplayResponse.status(301).header("Location", "{baseUrl}/t/21.json"));
        server.on("GET", "/latest.json", "page=2").respond(Forum.ok("latest_page_2_last.json"));
        Forum.serveTopics(server);

        List<ActivityRecord> items = items(run(Forum.config(server.baseUrl() + "/old/"), Checkpoint.START));

        assertEquals(List.of("solution-12"), items.stream().map(ActivityRecord::itemId).toList());
        assertEquals(1, server.requests("GET", "/t/21.json").size());
    }

    @Test
    void theApiKeyAndUsernameAreSentAsHeadersWhenConfigured() {
        Forum.serve(server);

        run(Forum.config(server.baseUrl(), "apiKey", "k3y", "apiUsername", "partners-bot"), Checkpoint.START);

        RecordedRequest first = server.requests().get(0);
        assertEquals("k3y", first.header("Api-Key").orElseThrow());
        assertEquals("partners-bot", first.header("Api-Username").orElseThrow());
    }

    @Test
    void aPublicForumIsReadWithoutCredentialHeaders() {
        Forum.serve(server);

        run(Forum.config(server.baseUrl()), Checkpoint.START);

        assertTrue(server.requests().stream().allMatch(r -> r.header("Api-Key").isEmpty()
                && r.header("Api-Username").isEmpty()));
    }

    @Test
    void aRefusedApiKeyIsAProblemOnTheApiKeySetting() {
        server.on("GET", "/latest.json").respond(
                ReplayResponse.status(401).body(Forum.ok("error_403_invalid_access.json").body()));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(Forum.config(server.baseUrl(), "apiKey", "wrong"), Checkpoint.START));

        ConfigProblem problem = e.problems().get(0);
        assertEquals("apiKey", problem.key());
        assertTrue(problem.message().startsWith("Discourse refused the API key (401) for /latest.json"),
                problem.message());
        assertFalse(e.getMessage().contains("wrong"), "the key itself is never repeated");
    }

    @Test
    void aPrivateForumReadWithoutAKeyAsksForOne() {
        server.on("GET", "/latest.json").respond(
                ReplayResponse.status(403).body(Forum.ok("error_403_invalid_access.json").body()));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(Forum.config(server.baseUrl()), Checkpoint.START));

        assertEquals("apiKey", e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().startsWith("the forum needs an API key (403)"));
    }

    @Test
    void aForumUrlThatAnswers404IsAProblemOnTheBaseUrl() {
        server.on("GET", "/latest.json").respond(
                ReplayResponse.status(404).body(Forum.ok("error_404_not_found.json").body()));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(Forum.config(server.baseUrl()), Checkpoint.START));

        assertEquals("baseUrl", e.problems().get(0).key());
    }

    @Test
    void aTopicDeletedAfterItWasListedIsRejectedAndTheRunGoesOn() {
        server.on("GET", "/latest.json", "page=0").respond(Forum.ok("latest_page_2_last.json"));
        server.on("GET", "/t/21.json").respond(
                ReplayResponse.status(404).body(Forum.ok("error_404_not_found.json").body()));

        Page<ActivityRecord> page = run(Forum.config(server.baseUrl()), Checkpoint.START).get(0);

        assertEquals(List.of(), page.items());
        assertEquals(List.of(new RejectedItem("topic-21",
                "the topic was deleted or hidden from the API user after it was listed")), page.rejected());
        assertEquals("v1;done;2017-08-01T00:00:00Z;21", page.next().token());
    }

    @Test
    void aServerErrorThatPersistsIsTemporary() {
        server.on("GET", "/latest.json").respond(ReplayResponse.status(502));

        assertThrows(TemporarilyUnavailableException.class, () -> run(Forum.config(server.baseUrl()),
                Checkpoint.START));
    }

    @Test
    void anUnreadableListingIsMalformedData() {
        server.on("GET", "/latest.json").respond(Forum.ok("latest_truncated.json"));

        assertThrows(MalformedDataException.class, () -> run(Forum.config(server.baseUrl()), Checkpoint.START));
    }

    @Test
    void aCheckpointThisPluginDidNotWriteIsMalformedData() {
        Forum.serve(server);

        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> run(Forum.config(server.baseUrl()), Checkpoint.of("2017-08-09")));

        assertTrue(e.getMessage().contains("reset the installation's checkpoint"), e.getMessage());
    }

    @Test
    void withoutConversationsOnlySolutionsAreDeclared() {
        SourceConfig config = Forum.config("https://forum.example.org");

        assertEquals(List.of("accepted_solution"),
                source.activityTypes(config).stream().map(t -> t.key()).toList());
    }

    private List<Page<ActivityRecord>> run(SourceConfig config, Checkpoint from) {
        List<Page<ActivityRecord>> pages = new ArrayList<>();
        try (PagedSession<ActivityRecord> session = source.open(config, context)) {
            Checkpoint checkpoint = from;
            while (true) {
                Page<ActivityRecord> page = session.fetch(checkpoint);
                pages.add(page);
                if (!page.hasMore()) {
                    return pages;
                }
                checkpoint = page.next();
            }
        }
    }

    private static List<String> ids(Page<ActivityRecord> page) {
        return page.items().stream().map(ActivityRecord::itemId).toList();
    }

    private static List<ActivityRecord> items(List<Page<ActivityRecord>> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).toList();
    }
}
