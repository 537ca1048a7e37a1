package org.partnersplatform.plugins.stackexchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * The source against recorded and derived responses replayed as plain (not gzipped) JSON: deleted owners, empty
 * tags, the same-second checkpoint, an answer accepted later, redirects, the API's error wrappers, the quota, the
 * backoff and the throttle.
 */
class StackExchangeReplayTest {

    private static final String FIXTURES = "fixtures/stackexchange/";
    private static final String QUESTIONS = "/2.3/questions";
    private static final String ANSWERS_10468128 = "/2.3/questions/10468128/answers";
    private static final Instant NOW = TestSourceContext.DEFAULT_NOW;

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private SourceConfig config(String... extra) {
        Map<String, String> raw = new HashMap<>(Map.of("baseUrl", server.baseUrl() + "/2.3", "tags", "mautic"));
        for (int i = 0; i < extra.length; i += 2) {
            raw.put(extra[i], extra[i + 1]);
        }
        return StackExchangeSourceConfig.SCHEMA.validate(raw);
    }

    private static ReplayResponse fixture(String name) {
        return ReplayResponse.okFromResource(FIXTURES + name);
    }

    private static ReplayResponse error(String name) {
        return ReplayResponse.status(400).bodyFromResource(FIXTURES + name);
    }

    private Page<ActivityRecord> fetchFirstPage(SourceConfig config, TestSourceContext context) {
        try (PagedSession<ActivityRecord> session = new StackExchangeSource().open(config, context)) {
            return session.fetch(Checkpoint.START);
        }
    }

    private Page<ActivityRecord> fetchFirstPage() {
        return fetchFirstPage(config(), TestSourceContext.create());
    }

    @Test
    void answersOfDeletedUsersAreRejectedWithTheReasonAndTheOthersEmitted() {
        server.on("GET", QUESTIONS).respond(fixture("questions_one.json"));
        server.on("GET", ANSWERS_10468128).respond(fixture("answers_deleted_owner.json"));

        Page<ActivityRecord> page = fetchFirstPage();

        assertEquals(List.of("answer-10468181", "answer-30716813"), Runs.ids(page));
        assertEquals(List.of("accepted_answer", "answer_posted"),
                page.items().stream().map(ActivityRecord::type).toList());
        String reason = "the author's account was deleted (no owner, or user_type does_not_exist), so the answer "
                + "cannot be credited to anyone";
        assertEquals(List.of(new RejectedItem("answer-24542015", reason), new RejectedItem("answer-54179893", reason)),
                page.rejected());
        assertFalse(page.hasMore());
    }

    @Test
    void anEmptyTagEndsTheRunWithoutAskingForAnswers() {
        server.on("GET", QUESTIONS).respond(fixture("questions_empty.json"));

        Page<ActivityRecord> page = fetchFirstPage();

        assertEquals(List.of(), page.items());
        assertFalse(page.hasMore());
        assertEquals("{\"v\":1,\"tags\":{\"mautic\":{\"since\":-1,\"seen\":[]}}}", page.next().token());
        assertEquals(1, server.requests().size());
    }

    @Test
    void questionsSharingTheLastSecondOfAPageAreReadOnceEach() {
        server.on("GET", QUESTIONS, q -> !q.contains("min=")).respond(fixture("questions_same_second_page_1.json"));
        server.on("GET", QUESTIONS, q -> q.contains("min=1461433608&page=1"))
                .respond(fixture("questions_same_second_page_2.json"));
        server.on("GET", "/2.3/questions/16091848;15161774/answers")
                .respond(fixture("answers_same_second_page_1.json"));
        server.on("GET", "/2.3/questions/33587981/answers").respond(fixture("answers_same_second_page_2.json"));

        List<Page<ActivityRecord>> pages = Runs.pages(config(), TestSourceContext.create(), Checkpoint.START);

        assertEquals(List.of("answer-16092151", "answer-15161819", "answer-15161860"), Runs.ids(pages.get(0)));
        assertEquals("{\"v\":1,\"current\":\"mautic\",\"tags\":{\"mautic\":{\"since\":1461433608,"
                + "\"seen\":[15161774]}}}", pages.get(0).next().token());
        assertEquals(List.of("answer-900002"), Runs.ids(pages.get(1)));
        assertEquals("O'Brien & Sons", pages.get(1).items().get(0).actor().displayName());
        assertEquals("{\"v\":1,\"tags\":{\"mautic\":{\"since\":1461433608,\"seen\":[15161774,33587981]}}}",
                pages.get(1).next().token());
        assertEquals(2, pages.size());
    }

    @Test
    void anAnswerAcceptedLaterKeepsItsIdAndBecomesAnAcceptedAnswer() {
        server.on("GET", QUESTIONS, q -> !q.contains("min=")).respond(fixture("questions_accepted_later_before.json"));
        server.on("GET", "/2.3/questions/15161774/answers").respond(
                fixture("answers_accepted_later_before.json"), fixture("answers_accepted_later_after.json"));
        server.on("GET", QUESTIONS, q -> q.contains("min=1461433608"))
                .respond(fixture("questions_accepted_later_after.json"));

        Page<ActivityRecord> before = fetchFirstPage();
        List<Page<ActivityRecord>> after = Runs.pages(config(), TestSourceContext.create(), before.next());

        assertEquals(List.of("answer-15161819"), Runs.ids(before));
        assertEquals("answer_posted", before.items().get(0).type());
        assertEquals(List.of("answer-15161819"), Runs.ids(after));
        assertEquals("accepted_answer", after.get(0).items().get(0).type());
        assertEquals(before.items().get(0).occurredAt(), after.get(0).items().get(0).occurredAt());
    }

    @Test
    void aMovedApiIsFollowedThroughA301() {
        server.on("GET", "/old/questions").respond(ReplayResponse.status(301).header("Location",
                "{baseUrl}/2.3/questions?tagged=mautic&sort=activity&order=asc&page=1&pagesize=50"
                        + "&site=stackoverflow&filter=default"));
        server.on("GET", "/old/questions/10468128/answers").respond(ReplayResponse.status(301).header("Location",
                "{baseUrl}" + ANSWERS_10468128 + "?sort=creation&order=asc&page=1&pagesize=100&site=stackoverflow"
                        + "&filter=default"));
        server.on("GET", QUESTIONS).respond(fixture("questions_one.json"));
        server.on("GET", ANSWERS_10468128).respond(fixture("answers_one.json"));

        Page<ActivityRecord> page = fetchFirstPage(
                config("baseUrl", server.baseUrl() + "/old", "tags", "mautic"), TestSourceContext.create());

        assertEquals(List.of("answer-10468181"), Runs.ids(page));
        assertEquals(List.of("/old/questions", QUESTIONS, "/old/questions/10468128/answers", ANSWERS_10468128),
                server.requests().stream().map(r -> r.path()).toList());
    }

    @Test
    void aPlain401IsAProblemWithTheApiKey() {
        server.on("GET", QUESTIONS).respond(ReplayResponse.status(401).body(""));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, this::fetchFirstPage);

        assertEquals(List.of("apiKey"), e.problems().stream().map(ConfigProblem::key).toList());
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    }

    @Test
    void anAccessDeniedErrorIsAProblemWithTheApiKeyNamingWhatToDo() {
        server.on("GET", QUESTIONS).respond(error("error_access_denied.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> fetchFirstPage(config("apiKey", "abc"), TestSourceContext.create()));

        assertEquals(new ConfigProblem("apiKey", "Stack Exchange refused the request (403 access_denied: `key` is "
                + "not valid for passed `access_token`, token not found.): set apiKey to the key of an app "
                + "registered at stackapps.com, or leave it empty to read without one"), e.problems().get(0));
    }

    @Test
    void aKeyTheApiDoesNotKnowIsAProblemWithTheApiKey() {
        server.on("GET", QUESTIONS).respond(error("error_bad_key.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> fetchFirstPage(config("apiKey", "wrong"), TestSourceContext.create()));

        assertEquals("apiKey", e.problems().get(0).key());
        assertFalse(e.getMessage().contains("wrong"), "the key must not be echoed: " + e.getMessage());
        assertTrue(server.requests().get(0).query().contains("key=wrong"));
    }

    @Test
    void anUnknownSiteIsAProblemWithTheSite() {
        server.on("GET", QUESTIONS).respond(error("error_no_site.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> fetchFirstPage(config("site", "stackoverflw"), TestSourceContext.create()));

        assertEquals(new ConfigProblem("site", "Stack Exchange refused the request (400 bad_parameter: No site found "
                + "for name `stackoverflw`): use the site's API name as listed at "
                + "https://api.stackexchange.com/docs/sites, e.g. stackoverflow"), e.problems().get(0));
    }

    @Test
    void a404WithoutAnErrorWrapperIsAProblemWithTheBaseUrl() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> fetchFirstPage(config("baseUrl", server.baseUrl() + "/nothing"), TestSourceContext.create()));

        assertEquals("baseUrl", e.problems().get(0).key());
    }

    @Test
    void aThrottleViolationIsARateLimitUntilTheTimeTheApiAnnounces() {
        server.on("GET", QUESTIONS).respond(error("error_throttle_violation.json"));

        RateLimitedException e = assertThrows(RateLimitedException.class, this::fetchFirstPage);

        assertEquals(NOW.plusSeconds(3600), e.retryAt());
    }

    /**
     * The API may send a throttle violation with HTTP status 502. The plugin names 502 as a status it handles, so the
     * core's client returns it after one request instead of retrying (which would make the throttling worse), and the
     * announced wait becomes the rate limit's end.
     */
    @Test
    void aThrottleViolationSentAsHttp502IsARateLimitUntilTheAnnouncedTimeAfterOneRequest() {
        server.on("GET", QUESTIONS).respond(ReplayResponse.status(502)
                .bodyFromResource(FIXTURES + "error_throttle_violation.json"));
        TestSourceContext context = TestSourceContext.create();

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> fetchFirstPage(config(), context));

        assertEquals(NOW.plusSeconds(3600), e.retryAt());
        assertEquals(1, server.requests().size());
        assertEquals(List.of(), context.waits());
    }

    @Test
    void a502ThatIsNotAThrottleViolationIsTemporaryAfterOneRequest() {
        server.on("GET", QUESTIONS).respond(ReplayResponse.status(502).body("<html>Bad Gateway</html>")
                .contentType("text/html"));
        TestSourceContext context = TestSourceContext.create();

        assertThrows(TemporarilyUnavailableException.class, () -> fetchFirstPage(config(), context));

        assertEquals(1, server.requests().size());
        assertEquals(List.of(), context.waits());
    }

    @Test
    void a502WithAnotherErrorWrapperIsTemporaryNotAConfigurationProblem() {
        server.on("GET", QUESTIONS).respond(ReplayResponse.status(502)
                .bodyFromResource(FIXTURES + "error_bad_key.json"));

        assertThrows(TemporarilyUnavailableException.class, this::fetchFirstPage);

        assertEquals(1, server.requests().size());
    }

    @Test
    void aSpentQuotaStopsTheNextRequestUntilTheNextUtcDay() {
        server.on("GET", QUESTIONS).respond(fixture("questions_one.json"));
        server.on("GET", ANSWERS_10468128).respond(fixture("answers_one_quota_spent.json"));
        TestSourceContext context = TestSourceContext.create();

        try (PagedSession<ActivityRecord> session = new StackExchangeSource().open(config(), context)) {
            Page<ActivityRecord> page = session.fetch(Checkpoint.START);
            assertEquals(List.of("answer-10468181"), Runs.ids(page));

            RateLimitedException e = assertThrows(RateLimitedException.class, () -> session.fetch(page.next()));

            assertEquals(Instant.parse("2025-01-16T00:00:00Z"), e.retryAt());
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void aQuotaSpentByTheQuestionsRequestStopsThePageBeforeItsAnswersSoItIsReadAgainLater() {
        server.on("GET", QUESTIONS).respond(fixture("questions_one_quota_spent.json"));

        RateLimitedException e = assertThrows(RateLimitedException.class, this::fetchFirstPage);

        assertEquals(Instant.parse("2025-01-16T00:00:00Z"), e.retryAt());
        assertEquals(List.of(QUESTIONS), server.requests().stream().map(r -> r.path()).toList());
    }

    @Test
    void aBackoffDelaysTheNextCallOfThatMethodUntilItRunsOut() {
        server.on("GET", QUESTIONS).respond(fixture("questions_one_backoff.json"));
        server.on("GET", ANSWERS_10468128).respond(fixture("answers_one.json"));
        MutableClock clock = new MutableClock(NOW);
        TestSourceContext context = TestSourceContext.builder().clock(clock).build();

        try (PagedSession<ActivityRecord> session = new StackExchangeSource().open(config(), context)) {
            Page<ActivityRecord> first = session.fetch(Checkpoint.START);
            assertEquals(List.of("answer-10468181"), Runs.ids(first));

            RateLimitedException e = assertThrows(RateLimitedException.class, () -> session.fetch(Checkpoint.START));
            assertEquals(NOW.plusSeconds(10), e.retryAt());
            assertEquals(2, server.requests().size());

            clock.advance(Duration.ofSeconds(10));
            assertEquals(List.of("answer-10468181"), Runs.ids(session.fetch(Checkpoint.START)));
        }
    }

    @Test
    void aShortRateLimitIsWaitedOutByTheClientAndEveryItemArrives() {
        server.on("GET", QUESTIONS).respond(ReplayResponse.status(429).header("Retry-After", "5"),
                fixture("questions_one.json"));
        server.on("GET", ANSWERS_10468128).respond(fixture("answers_deleted_owner.json"));
        TestSourceContext context = TestSourceContext.create();

        Page<ActivityRecord> page = fetchFirstPage(config(), context);

        assertEquals(List.of(Duration.ofSeconds(5)), context.waits());
        assertEquals(List.of("answer-10468181", "answer-30716813"), Runs.ids(page));
        assertEquals(2, page.rejected().size());
    }

    @Test
    void anInternalErrorOfTheApiIsTemporary() {
        server.on("GET", QUESTIONS).respond(error("error_internal.json"));

        assertThrows(TemporarilyUnavailableException.class, this::fetchFirstPage);
    }

    @Test
    void aBodyThatIsNotJsonIsMalformed() {
        server.on("GET", QUESTIONS).respond(ReplayResponse.ok("<html>maintenance</html>").contentType("text/html"));

        assertThrows(MalformedDataException.class, this::fetchFirstPage);
    }

    @Test
    void aCheckpointThisPluginDidNotWriteIsMalformed() {
        try (PagedSession<ActivityRecord> session = new StackExchangeSource().open(config(),
                TestSourceContext.create())) {
            assertThrows(MalformedDataException.class, () -> session.fetch(Checkpoint.of("page=3")));
        }
        assertEquals(0, server.requests().size());
    }
}
