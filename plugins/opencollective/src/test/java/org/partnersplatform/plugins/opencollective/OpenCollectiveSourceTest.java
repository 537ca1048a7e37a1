package org.partnersplatform.plugins.opencollective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
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

/** The source against recorded Open Collective answers: mapping, paging, checkpoints, requests and errors. */
class OpenCollectiveSourceTest {

    private static final String TOKEN = "oc_pt_test0000";

    private final OpenCollectiveSource source = new OpenCollectiveSource();
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
    void aFullRunReadsEveryContributionOldestFirstOverThreePages() {
        OpenCollectiveReplay.serveAll(server);

        SessionRun<PaymentRecord> run = run(config(), Checkpoint.START, context);

        assertEquals(3, run.pages().size());
        assertEquals(List.of("ypv3zq9l-0dkx84mj-bwo7rn5e-ga2m6ky8", "m0rj8dnw-5xoeyzl3-a49kq7pb-v1g2eqzx",
                        "q8o4dkva-9yxwlm3b-n7erj05z-pk6z3ma1", "l3xb9nqe-7k0zwy4d-mj85oarv-rz1e7kqp",
                        "r9zx4mqo-8lkwn0vd-eya35b7j-dx7m9zqa"),
                run.items().stream().map(PaymentRecord::paymentId).toList());
        assertEquals(new PaymentRecord("ypv3zq9l-0dkx84mj-bwo7rn5e-ga2m6ky8",
                new Payer("e8j4mkvq-3w9zl0xr-pn5ygo7b-da6b7e4x", "Acme Corp", null, "https://acme.example"),
                new BigDecimal("100.00"), Currency.getInstance("USD"), Instant.parse("2024-01-05T10:00:00Z"),
                RecurringInterval.MONTHLY, "Gold sponsor"), run.items().get(0));
        PaymentRecord yearly = payment(run, "l3xb9nqe-7k0zwy4d-mj85oarv-rz1e7kqp");
        assertEquals(RecurringInterval.YEARLY, yearly.interval());
        assertEquals(new BigDecimal("25.00"), yearly.amount());
        assertEquals(Instant.parse("2024-02-05T10:00:00Z"), yearly.paidAt(),
                "two contributions at the same instant are both read, once");
    }

    @Test
    void aPaymentInEurosIsPassedThroughUnchanged() {
        OpenCollectiveReplay.serveAll(server);

        PaymentRecord euros = payment(run(config(), Checkpoint.START, context), "m0rj8dnw-5xoeyzl3-a49kq7pb-v1g2eqzx");

        assertEquals(new BigDecimal("50.00"), euros.amount());
        assertEquals(Currency.getInstance("EUR"), euros.currency());
        assertEquals(RecurringInterval.ONE_TIME, euros.interval());
        assertEquals(new Payer("v7dk9yxb-40ramz8n-lq3oej5w-gp6m1a2z", "Lena Schmidt", null, null), euros.payer());
    }

    @Test
    void aRefundedContributionIsRejectedWithItsReasonAndTheRunGoesOn() {
        OpenCollectiveReplay.serveAll(server);

        SessionRun<PaymentRecord> run = run(config(), Checkpoint.START, context);

        assertEquals(List.of(new RejectedItem("d5wyk0ez-nb9x7l8q-3omv4rpa-yk2q8md9",
                "the contribution was refunded, so it is not counted as a payment")), run.rejected());
        assertFalse(run.items().stream().anyMatch(p -> p.paymentId().startsWith("d5wyk0ez")));
    }

    @Test
    void eachRequestSendsTheQueryWithTheCheckpointsInstantAndALimitCoveringTheIdsAlreadyRead() throws IOException {
        OpenCollectiveReplay.serveAll(server);

        run(config(), Checkpoint.START, context);

        List<RecordedRequest> requests = server.requests("POST", OpenCollectiveReplay.PATH);
        assertEquals(3, requests.size());
        List<Map<String, Object>> variables = new ArrayList<>();
        for (RecordedRequest request : requests) {
            Map<String, Object> body = JSON.std.mapFrom(request.bodyAsString());
            assertEquals(OpenCollectiveSession.QUERY, body.get("query"));
            variables.add(new HashMap<>(asMap(body.get("variables"))));
            assertTrue(request.header("Content-Type").orElseThrow().startsWith("application/json"));
        }
        assertEquals(List.of(
                variables(null, 2), variables("2024-01-20T08:30:00Z", 3), variables("2024-02-05T10:00:00Z", 4)),
                variables);
    }

    @Test
    void aRunFromTheLastCheckpointFetchesNothingNew() {
        OpenCollectiveReplay.serveAll(server);
        Checkpoint last = run(config(), Checkpoint.START, context).last();

        SessionRun<PaymentRecord> again = run(config(), last, TestSourceContext.create());

        assertEquals(List.of(), again.items());
        assertEquals(List.of(), again.rejected());
        assertEquals(last, again.last());
        assertEquals("{\"v\":1,\"since\":\"2024-03-05T10:00:00Z\",\"seen\":[\"r9zx4mqo-8lkwn0vd-eya35b7j-dx7m9zqa\"]}",
                last.token());
    }

    @Test
    void theTokenIsSentAsASecretPersonalTokenHeaderAndOnlyWhenSet() {
        OpenCollectiveReplay.serveAll(server);
        List<HttpRequestSpec> sent = new ArrayList<>();

        run(config(Map.of("token", TOKEN)), Checkpoint.START, context.recording(sent));

        assertEquals(TOKEN, server.requests().get(0).header("Personal-Token").orElseThrow());
        assertTrue(sent.stream().allMatch(spec -> spec.isSecretHeader("Personal-Token")),
                "the core's client never logs a secret header's value");
        assertTrue(sent.stream().noneMatch(spec -> spec.toString().contains(TOKEN)));

        run(config(), Checkpoint.START, TestSourceContext.create());
        assertTrue(server.requests().get(server.requests().size() - 1).header("Personal-Token").isEmpty());
    }

    @Test
    void aRefusedTokenIsABadTokenSettingWhoseMessageDoesNotRepeatIt() {
        server.on("POST", OpenCollectiveReplay.PATH).respond(
                ReplayResponse.status(401).bodyFromResource(OpenCollectiveReplay.FIXTURES + "error_unauthorized.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(config(Map.of("token", TOKEN)), Checkpoint.START, context));

        assertEquals("token", e.problems().get(0).key());
        assertTrue(e.getMessage().contains("401: The provided token is not valid"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void anUnknownCollectiveIsABadCollectiveSetting() {
        server.on("POST", OpenCollectiveReplay.PATH).respond(OpenCollectiveReplay.json("error_not_found.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(config(), Checkpoint.START, context));

        assertEquals("collective", e.problems().get(0).key());
        assertTrue(e.getMessage().contains("Account Not Found"), e.getMessage());
    }

    @Test
    void aRefusedQueryIsMalformedDataNamingGraphQlsMessage() {
        server.on("POST", OpenCollectiveReplay.PATH).respond(OpenCollectiveReplay.json("error_query.json"));

        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> run(config(), Checkpoint.START, context));

        assertEquals("Open Collective refused the query: Cannot query field \"isRefunded\" on type \"Transaction\".",
                e.getMessage());
    }

    @Test
    void aRateLimitLongerThanTheClientWaitsIsThrownWithItsReset() {
        server.on("POST", OpenCollectiveReplay.PATH).respond(ReplayResponse.status(429).header("Retry-After", "3600"));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> run(config(), Checkpoint.START, context));

        assertEquals(TestSourceContext.DEFAULT_NOW.plus(Duration.ofHours(1)), e.retryAt());
    }

    @Test
    void aRateLimitErrorInTheAnswerIsThrownWithItsRetryAfterOrAMinute() {
        server.on("POST", OpenCollectiveReplay.PATH).respond(
                OpenCollectiveReplay.json("error_rate_limited.json").header("Retry-After", "120"),
                OpenCollectiveReplay.json("error_rate_limited.json"));

        RateLimitedException dated = assertThrows(RateLimitedException.class,
                () -> run(config(), Checkpoint.START, context));
        RateLimitedException undated = assertThrows(RateLimitedException.class,
                () -> run(config(), Checkpoint.START, context));

        assertEquals(TestSourceContext.DEFAULT_NOW.plusSeconds(120), dated.retryAt());
        assertEquals(TestSourceContext.DEFAULT_NOW.plus(Duration.ofMinutes(1)), undated.retryAt());
        assertTrue(dated.getMessage().contains("Rate limit exceeded"), dated.getMessage());
    }

    @Test
    void aTokenTheApiCallsInvalidInItsAnswerIsABadTokenSetting() {
        server.on("POST", OpenCollectiveReplay.PATH).respond(OpenCollectiveReplay.json("error_unauthorized.json"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(config(Map.of("token", TOKEN)), Checkpoint.START, context));

        assertEquals("token", e.problems().get(0).key());
    }

    @Test
    void aServerErrorIsRetriedThenTemporarilyUnavailable() {
        server.on("POST", OpenCollectiveReplay.PATH).respond(ReplayResponse.status(503));

        assertThrows(TemporarilyUnavailableException.class, () -> run(config(), Checkpoint.START, context));

        assertEquals(4, server.requests().size(), "the core's client sends it four times in all");
    }

    @Test
    void anUnreadableAnswerIsMalformedData() {
        server.on("POST", OpenCollectiveReplay.PATH).respond(OpenCollectiveReplay.json("transactions_truncated.json"));

        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> run(config(), Checkpoint.START, context));

        assertTrue(e.getMessage().startsWith("the answer of Open Collective is not valid JSON"), e.getMessage());
    }

    @Test
    void aCheckpointOfAnotherPluginIsRefusedAsMalformed() {
        assertThrows(MalformedDataException.class, () -> run(config(), Checkpoint.of("v=1&since=x"), context));
    }

    private static Map<String, Object> variables(String dateFrom, int limit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", "mautic");
        if (dateFrom != null) {
            variables.put("dateFrom", dateFrom);
        }
        variables.put("limit", limit);
        variables.put("offset", 0);
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private SourceConfig config() {
        return config(Map.of());
    }

    private SourceConfig config(Map<String, String> more) {
        return OpenCollectiveReplay.config(server, more);
    }

    private SessionRun<PaymentRecord> run(SourceConfig config, Checkpoint from, SourceContext runContext) {
        try (PagedSession<PaymentRecord> session = source.open(config, runContext)) {
            return SessionRun.drain(session, from);
        }
    }

    private static PaymentRecord payment(SessionRun<PaymentRecord> run, String id) {
        return run.items().stream().filter(p -> p.paymentId().equals(id)).findFirst().orElseThrow();
    }
}
