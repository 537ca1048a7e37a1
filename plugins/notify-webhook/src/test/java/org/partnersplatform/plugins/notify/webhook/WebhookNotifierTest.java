package org.partnersplatform.plugins.notify.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnersplatform.api.DeliveryRejectedException;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.notify.Notification;
import org.partnersplatform.testkit.RecordedRequest;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/** The webhook notifier against a local server that answers as Slack's incoming webhooks do. */
class WebhookNotifierTest {

    private final WebhookNotifier notifier = new WebhookNotifier();
    private ReplayServer server;
    private TestSourceContext context;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        context = TestSourceContext.create();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private SourceConfig config() {
        return WebhookNotifier.SCHEMA.validate(Map.of(WebhookNotifier.WEBHOOK_URL,
                server.baseUrl() + WebhookTestData.HOOK_PATH));
    }

    private void deliver(Notification notification) {
        notifier.deliver(notification, config(), context);
    }

    private ReplayServer.Route hook() {
        return server.on("POST", WebhookTestData.HOOK_PATH);
    }

    @Test
    void postsTheAlertAsSlackBlocksWithItsFieldsAndLink() {
        hook().respond(ReplayResponse.ok("ok").contentType("text/html"));

        deliver(WebhookTestData.activityDrop());

        List<RecordedRequest> requests = server.requests();
        assertEquals(1, requests.size());
        assertEquals("application/json", requests.get(0).header("Content-Type").orElseThrow());
        assertEquals(WebhookTestData.fixture("activity_drop.json"),
                WebhookTestData.parsed(requests.get(0).bodyAsString()));
    }

    @Test
    void aPlainTextAlertIsAHeaderAndItsEscapedText() {
        hook().respond(ReplayResponse.ok("ok"));

        deliver(WebhookTestData.memberReturned());

        assertEquals(WebhookTestData.fixture("member_returned_plain.json"),
                WebhookTestData.parsed(server.requests().get(0).bodyAsString()));
    }

    @Test
    void aShortRateLimitIsWaitedOutAsRetryAfterAsks() {
        hook().respond(ReplayResponse.status(429).header("Retry-After", "2").body("rate_limited"),
                ReplayResponse.ok("ok"));

        deliver(WebhookTestData.memberReturned());

        assertEquals(2, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2)), context.waits());
    }

    @Test
    void aLongRateLimitIsATemporaryFailureThatSaysWhenToRetry() {
        hook().respond(ReplayResponse.status(429).header("Retry-After", "3600").body("rate_limited"));

        RateLimitedException limited = assertThrows(RateLimitedException.class,
                () -> deliver(WebhookTestData.memberReturned()));

        assertEquals(TestSourceContext.DEFAULT_NOW.plusSeconds(3600), limited.retryAt());
        assertFalse(limited.getMessage().contains(WebhookTestData.SECRET), limited.getMessage());
    }

    @Test
    void serverErrorsThatDoNotPassAreATemporaryFailureWithoutTheUrl() {
        hook().respond(ReplayResponse.status(503).body("service unavailable"));

        TemporarilyUnavailableException failure = assertThrows(TemporarilyUnavailableException.class,
                () -> deliver(WebhookTestData.memberReturned()));

        assertEquals(4, server.requests().size());
        assertEquals("POST " + server.baseUrl() + "/*** answered 503 after 4 attempts", failure.getMessage());
    }

    @Test
    void anInvalidPayloadIsRejectedForGoodWithSlacksErrorCode() {
        hook().respond(ReplayResponse.status(400).body("invalid_payload").contentType("text/html"));

        DeliveryRejectedException rejected = assertThrows(DeliveryRejectedException.class,
                () -> deliver(WebhookTestData.memberReturned()));

        assertEquals("the chat service refused the message (HTTP 400 invalid_payload)", rejected.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aRemovedWebhookIsAConfigurationProblemOfTheUrl() {
        hook().respond(ReplayResponse.status(404).body("no_service").contentType("text/html"));

        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> deliver(WebhookTestData.memberReturned()));

        assertEquals(WebhookNotifier.WEBHOOK_URL, refused.problems().get(0).key());
        assertTrue(refused.getMessage().contains("(HTTP 404 no_service)"), refused.getMessage());
    }

    @Test
    void anArchivedChannelIsAConfigurationProblemOfTheUrl() {
        hook().respond(ReplayResponse.status(410).body("channel_is_archived").contentType("text/html"));

        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> deliver(WebhookTestData.memberReturned()));

        assertTrue(refused.getMessage().contains("(HTTP 410 channel_is_archived)"), refused.getMessage());
    }

    @Test
    void anErrorPageQuotingTheUrlIsNotRepeated() {
        hook().respond(ReplayResponse.status(404).contentType("text/html")
                .body("<h1>Not Found</h1><p>" + WebhookTestData.HOOK_PATH + " does not exist</p>"));

        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> deliver(WebhookTestData.memberReturned()));

        assertTrue(refused.getMessage().contains("(HTTP 404)"), refused.getMessage());
        assertFalse(refused.getMessage().contains(WebhookTestData.SECRET), refused.getMessage());
    }

    @Test
    void theWebhookUrlNeverAppearsInTheLogs() {
        hook().respond(ReplayResponse.status(500).body("rollup_error"), ReplayResponse.ok("ok"));

        String log = capturingStandardError(() -> deliver(WebhookTestData.activityDrop()));

        assertTrue(log.contains("POST " + server.baseUrl() + "/*** -> 500"), log);
        assertTrue(log.contains("Posted notification alert-42 (activity_drop) to the chat webhook at 127.0.0.1"), log);
        assertFalse(log.contains(WebhookTestData.SECRET), log);
        assertFalse(config().toString().contains(WebhookTestData.SECRET), config().toString());
    }

    @Test
    void theUrlIsARequiredSecretThatMustBeAnHttpUrl() {
        assertTrue(WebhookNotifier.SCHEMA.field(WebhookNotifier.WEBHOOK_URL).orElseThrow().secret());
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> WebhookNotifier.SCHEMA.validate(Map.of(WebhookNotifier.WEBHOOK_URL, "hooks.example.org/x")));

        assertEquals("webhookUrl: must be an absolute http or https URL", refused.getMessage());
    }

    private static String capturingStandardError(Executable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.execute();
        } catch (Throwable e) {
            throw new AssertionError("the delivery failed", e);
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
