package org.partnersplatform.plugins.githubsponsors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.finance.RecurringInterval;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.testkit.RecordedRequest;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.SessionRun;
import org.partnersplatform.testkit.TestSourceContext;

/** The source against recorded GitHub answers: payments derived from sponsorships, paging, checkpoints, errors. */
class GitHubSponsorsSourceTest {

    private static final String CANCELLED = "MDExOlNwb25zb3JzaGlwNDAyMTE3";
    private static final String ACTIVE = "MDExOlNwb25zb3JzaGlwNDA5Mzc2";
    private static final String ONE_TIME = "MDExOlNwb25zb3JzaGlwNDEzOTUw";
    private static final String HIDDEN = "MDExOlNwb25zb3JzaGlwNDE1MjAy";
    private static final String RECENT = "MDExOlNwb25zb3JzaGlwNDE2Nzg4";

    private final GitHubSponsorsSource source = new GitHubSponsorsSource();
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
    void aFullRunEmitsEachMonthOfAMonthlySponsorshipUntilNowOrItsCancellationAndEachOneTimeSponsorship() {
        GitHubSponsorsReplay.serveAll(server);

        SessionRun<PaymentRecord> run = run(Checkpoint.START, context);

        assertEquals(3, run.pages().size());
        assertEquals(List.of(
                CANCELLED + ":2024-08", CANCELLED + ":2024-09", CANCELLED + ":2024-10",
                ACTIVE + ":2024-10", ACTIVE + ":2024-11", ACTIVE + ":2024-12", ACTIVE + ":2025-01",
                ONE_TIME + ":2024-11",
                RECENT + ":2024-12"), ids(run),
                "cancelled on 2024-11-10, before its November charge; the clock is at 2025-01-15");
        assertEquals(Instant.parse("2024-09-30T20:00:00Z"), payment(run, CANCELLED + ":2024-09").paidAt(),
                "a sponsorship begun on the 31st falls due on the last day of a shorter month");
    }

    @Test
    void aPaymentCarriesTheSponsorTheTierAndItsMonthlyPriceInDollars() {
        GitHubSponsorsReplay.serveAll(server);

        SessionRun<PaymentRecord> run = run(Checkpoint.START, context);

        assertEquals(new PaymentRecord(ACTIVE + ":2024-11",
                new Payer("MDEyOk9yZ2FuaXphdGlvbjcyOTE5", "Acme Corp", "oss@acme.example", "https://acme.example"),
                new BigDecimal("100.00"), Currency.getInstance("USD"), Instant.parse("2024-11-03T09:00:00Z"),
                RecurringInterval.MONTHLY, "$100 a month"), payment(run, ACTIVE + ":2024-11"));
        PaymentRecord oneTime = payment(run, ONE_TIME + ":2024-11");
        assertEquals(RecurringInterval.ONE_TIME, oneTime.interval());
        assertEquals(new BigDecimal("50.00"), oneTime.amount());
        assertEquals(new Payer("MDQ6VXNlcjU4MjEwNDc=", "Lena Schmidt", null, null), oneTime.payer(),
                "GitHub's empty email is no email");
        assertEquals(new Payer("MDQ6VXNlcjMxMDU1NA==", "mhartmann", null, "https://mhartmann.example"),
                payment(run, CANCELLED + ":2024-08").payer(), "without a name, the login names the sponsor");
    }

    @Test
    void aSponsorGitHubHidesIsRejectedWhileTheRestOfThePageIsRead() {
        GitHubSponsorsReplay.serveAll(server);

        SessionRun<PaymentRecord> run = run(Checkpoint.START, context);

        assertEquals(List.of(new RejectedItem(HIDDEN, "the sponsorship cannot be read: the sponsor of " + HIDDEN
                + " is not visible to this token")), run.rejected());
        assertTrue(ids(run).contains(ONE_TIME + ":2024-11"), "the other sponsorship of that page is read");
    }

    @Test
    void aRunFromTheLastCheckpointAtTheSameTimeFetchesNothingNew() {
        GitHubSponsorsReplay.serveAll(server);
        Checkpoint last = run(Checkpoint.START, context).last();

        SessionRun<PaymentRecord> again = run(last, TestSourceContext.create());

        assertEquals(List.of(), ids(again));
        assertEquals("{\"v\":1,\"through\":\"2025-01-15T12:00:00Z\"}", last.token());
        assertEquals(last, again.last());
    }

    @Test
    void aRunAMonthLaterEmitsOnlyTheMonthsThatFellDueSince() {
        GitHubSponsorsReplay.serveAll(server);
        Checkpoint last = run(Checkpoint.START, context).last();

        SessionRun<PaymentRecord> later = run(last, TestSourceContext.at(Instant.parse("2025-02-20T00:00:00Z")));

        assertEquals(List.of(ACTIVE + ":2025-02", RECENT + ":2025-01"), ids(later));
        assertEquals("{\"v\":1,\"through\":\"2025-02-20T00:00:00Z\"}", later.last().token());
    }

    @Test
    void theCancellationsAreReadOnceThenEachPageOfSponsorshipsAfterTheCursorOfThePageBefore() throws IOException {
        GitHubSponsorsReplay.serveAll(server);

        run(Checkpoint.START, context);

        List<RecordedRequest> requests = server.requests("POST", GitHubSponsorsReplay.PATH);
        List<Object> queries = new ArrayList<>();
        List<Object> variables = new ArrayList<>();
        for (RecordedRequest request : requests) {
            Map<String, Object> body = JSON.std.mapFrom(request.bodyAsString());
            queries.add(body.get("query"));
            variables.add(body.get("variables"));
            assertEquals("Bearer " + GitHubSponsorsReplay.TOKEN, request.header("Authorization").orElseThrow());
        }
        assertEquals(List.of(GitHubSponsorsSession.CANCELLATIONS_QUERY, GitHubSponsorsSession.SPONSORSHIPS_QUERY,
                GitHubSponsorsSession.SPONSORSHIPS_QUERY, GitHubSponsorsSession.SPONSORSHIPS_QUERY), queries);
        assertEquals(List.of(Map.of("login", "mautic", "first", 2), Map.of("login", "mautic", "first", 2),
                Map.of("login", "mautic", "first", 2, "after", GitHubSponsorsReplay.CURSOR_2),
                Map.of("login", "mautic", "first", 2, "after", GitHubSponsorsReplay.CURSOR_4)), variables);
    }

    @Test
    void theTokenGoesOnlyInTheAuthorizationHeaderWhichTheCoreNeverLogs() {
        GitHubSponsorsReplay.serveAll(server);
        List<HttpRequestSpec> sent = new ArrayList<>();

        run(Checkpoint.START, context.recording(sent));

        assertEquals(4, sent.size());
        for (HttpRequestSpec spec : sent) {
            assertTrue(spec.isSecretHeader("Authorization"));
            assertFalse(spec.toString().contains(GitHubSponsorsReplay.TOKEN));
            assertFalse(new String(spec.body()).contains(GitHubSponsorsReplay.TOKEN));
        }
    }

    @Test
    void aRefusedTokenIsABadTokenSettingWhoseMessageDoesNotRepeatIt() {
        server.on("POST", GitHubSponsorsReplay.PATH).respond(ReplayResponse.status(401)
                .bodyFromResource(GitHubSponsorsReplay.FIXTURES + "error_bad_credentials.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(Checkpoint.START, context));

        assertEquals("token", e.problems().get(0).key());
        assertTrue(e.getMessage().contains("(401: Bad credentials)"), e.getMessage());
        assertFalse(e.getMessage().contains(GitHubSponsorsReplay.TOKEN));
    }

    @Test
    void anUnknownLoginIsABadLoginSetting() {
        server.on("POST", GitHubSponsorsReplay.PATH).respond(GitHubSponsorsReplay.json("error_not_found.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(Checkpoint.START, context));

        assertEquals("login", e.problems().get(0).key());
        assertTrue(e.getMessage().contains("Could not resolve to a RepositoryOwner"), e.getMessage());
    }

    @Test
    void aTokenWithoutTheScopesIsABadTokenSetting() {
        server.on("POST", GitHubSponsorsReplay.PATH)
                .respond(GitHubSponsorsReplay.json("error_insufficient_scopes.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(Checkpoint.START, context));

        assertEquals("token", e.problems().get(0).key());
    }

    @Test
    void aSpentGraphQlRateLimitIsThrownWithGitHubsReset() {
        server.on("POST", GitHubSponsorsReplay.PATH).respond(GitHubSponsorsReplay.json("error_rate_limited.json")
                .header("x-ratelimit-remaining", "0").header("x-ratelimit-reset", "1736946000"));

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> run(Checkpoint.START, context));

        assertEquals(Instant.ofEpochSecond(1736946000), e.retryAt());
        assertTrue(e.getMessage().contains("API rate limit exceeded for user ID 1431904."), e.getMessage());
    }

    @Test
    void aServerErrorIsRetriedThenTemporarilyUnavailable() {
        server.on("POST", GitHubSponsorsReplay.PATH).respond(ReplayResponse.status(502));

        assertThrows(TemporarilyUnavailableException.class, () -> run(Checkpoint.START, context));

        assertEquals(4, server.requests().size(), "the core's client sends it four times in all");
    }

    @Test
    void anUnreadableAnswerIsMalformedData() {
        server.onBody("POST", GitHubSponsorsReplay.PATH, body -> body.contains("PartnersCancellations"))
                .respond(GitHubSponsorsReplay.json("cancellations.json"));
        GitHubSponsorsReplay.sponsorships(server, null)
                .respond(GitHubSponsorsReplay.json("sponsorships_truncated.json"));

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> run(Checkpoint.START, context));

        assertTrue(e.getMessage().startsWith("the answer of GitHub is not valid JSON"), e.getMessage());
    }

    @Test
    void aRefusedQueryIsMalformedDataNamingGitHubsMessage() {
        server.on("POST", GitHubSponsorsReplay.PATH).respond(GitHubSponsorsReplay.json("error_query.json"));

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> run(Checkpoint.START, context));

        assertEquals("GitHub refused the query: Field 'tierName' doesn't exist on type 'Sponsorship'", e.getMessage());
    }

    private SourceConfig config() {
        return GitHubSponsorsReplay.config(server);
    }

    private SessionRun<PaymentRecord> run(Checkpoint from, SourceContext runContext) {
        try (PagedSession<PaymentRecord> session = source.open(config(), runContext)) {
            return SessionRun.drain(session, from);
        }
    }

    private static PaymentRecord payment(SessionRun<PaymentRecord> run, String id) {
        return run.items().stream().filter(p -> p.paymentId().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(SessionRun<PaymentRecord> run) {
        return run.items().stream().map(PaymentRecord::paymentId).toList();
    }
}
