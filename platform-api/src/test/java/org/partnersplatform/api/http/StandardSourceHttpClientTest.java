package org.partnersplatform.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.TemporarilyUnavailableException;

/**
 * The client against a scripted local server: each test queues the responses the server gives, in order, and checks
 * what reached the server and how long the client chose to wait.
 */
class StandardSourceHttpClientTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private record Reply(int status, Map<String, String> headers, String body) {
    }

    private record Received(String method, String pathAndQuery, String authorization) {
    }

    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> waits = new ArrayList<>();
    private HttpServer server;
    private StandardSourceHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        client = new StandardSourceHttpClient(HttpClientSettings.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC),
                waits::add);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization")));
        Reply reply;
        synchronized (script) {
            reply = script.isEmpty() ? new Reply(500, Map.of(), "script exhausted") : script.poll();
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void then(int status, String body, Map<String, String> headers) {
        script.add(new Reply(status, headers, body));
    }

    private void then(int status, String body) {
        then(status, body, Map.of());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    private HttpResult get(String pathAndQuery) {
        return client.send(HttpRequestSpec.get(uri(pathAndQuery)).build());
    }

    @Test
    void serverErrorThenSuccessIsRetriedAfterTheInitialBackoff() {
        then(503, "busy");
        then(200, "[1,2]");

        HttpResult result = get("/items");

        assertEquals(200, result.status());
        assertEquals("[1,2]", result.bodyAsString());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
        assertEquals(2, received.size());
    }

    @Test
    void backoffDoublesAtEachAttempt() {
        then(500, "");
        then(502, "");
        then(504, "");
        then(200, "ok");

        assertEquals(200, get("/items").status());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    }

    @Test
    void exhaustedRetriesOnServerErrorsThrowTemporarilyUnavailable() {
        for (int i = 0; i < HttpClientSettings.DEFAULTS.maxAttempts(); i++) {
            then(503, "down");
        }
        then(200, "too late");

        TemporarilyUnavailableException e = assertThrows(TemporarilyUnavailableException.class,
                () -> get("/items"));

        assertTrue(e.getMessage().contains("503"), e.getMessage());
        assertEquals(4, received.size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    }

    @Test
    void tooManyRequestsWithRetryAfterWaitsThatLongThenSucceeds() {
        then(429, "slow down", Map.of("Retry-After", "7"));
        then(200, "ok");

        assertEquals(200, get("/items").status());
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(2, received.size());
    }

    @Test
    void retryAfterZeroStillWaitsTheBackoffInsteadOfSpinning() {
        then(429, "slow down", Map.of("Retry-After", "0"));
        then(429, "slow down", Map.of("Retry-After", "0"));
        then(200, "ok");

        assertEquals(200, get("/items").status());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    }

    @Test
    void spentRateLimitWithResetSoonWaitsUntilTheReset() {
        long reset = NOW.plusSeconds(30).getEpochSecond();
        then(403, "rate limited", Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", Long.toString(reset)));
        then(200, "ok");

        assertEquals(200, get("/items").status());
        assertEquals(List.of(Duration.ofSeconds(30)), waits);
    }

    @Test
    void spentRateLimitWithResetBeyondTheMaximumWaitThrowsWithTheResetInstant() {
        Instant reset = NOW.plus(Duration.ofHours(2));
        then(403, "rate limited",
                Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", Long.toString(reset.getEpochSecond())));
        then(200, "must not be asked");

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> get("/items"));

        assertEquals(reset, e.retryAt());
        assertEquals(List.of(), waits);
        assertEquals(1, received.size());
    }

    @Test
    void forbiddenWithRateLimitLeftIsReturnedNotRetried() {
        then(403, "bad credentials", Map.of("x-ratelimit-remaining", "4999"));

        HttpResult result = get("/items");

        assertEquals(403, result.status());
        assertEquals(1, received.size());
        assertEquals(List.of(), waits);
    }

    @Test
    void notFoundIsReturnedToTheCallerNotRetried() {
        then(404, "{\"message\":\"Not Found\"}");
        then(200, "must not be asked");

        HttpResult result = get("/repos/missing");

        assertEquals(404, result.status());
        assertEquals("{\"message\":\"Not Found\"}", result.bodyAsString());
        assertEquals(1, received.size());
        assertEquals(List.of(), waits);
    }

    @Test
    void unauthorizedIsReturnedToTheCallerNotRetried() {
        then(401, "Bad credentials");
        then(200, "must not be asked");

        assertEquals(401, get("/user").status());
        assertEquals(1, received.size());
    }

    @Test
    void redirectIsFollowedAndTheFinalUriReported() {
        then(301, "", Map.of("Location", "/new-home?page=1"));
        then(200, "moved content");

        HttpResult result = get("/old-home");

        assertEquals(200, result.status());
        assertEquals("moved content", result.bodyAsString());
        assertEquals(uri("/new-home?page=1"), result.uri());
        assertEquals(List.of("/old-home", "/new-home?page=1"),
                received.stream().map(Received::pathAndQuery).toList());
    }

    @Test
    void authorizationHeaderAndBodyReachTheServer() {
        then(201, "created");

        HttpResult result = client.send(HttpRequestSpec.post(uri("/items")).bearer("t0ken").jsonBody("{}").build());

        assertEquals(201, result.status());
        assertEquals(List.of(new Received("POST", "/items", "Bearer t0ken")), received);
    }

    @Test
    void responseHeadersAreReadIgnoringCase() {
        then(200, "[]", Map.of("Link", "<https://x.org/items?page=2>; rel=\"next\""));

        assertEquals("<https://x.org/items?page=2>; rel=\"next\"", get("/items").header("link").orElseThrow());
    }

    @Test
    void connectionRefusedIsRetriedThenThrownAsTemporarilyUnavailable() {
        URI closed = uri("/items");
        server.stop(0);

        assertThrows(TemporarilyUnavailableException.class,
                () -> client.send(HttpRequestSpec.get(closed).build()));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    }

    @Test
    void debugLogShowsRequestsButNoSecret() {
        then(503, "busy");
        then(200, "ok");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            client.send(HttpRequestSpec.get(uri("/items?api_key=k3y-secret&page=2"))
                    .bearer("bearer-secret")
                    .secretHeader("X-Api-Key", "header-secret")
                    .build());
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertTrue(log.contains("/items?api_key=***&page=2 -> 503"), log);
        assertTrue(log.contains("/items?api_key=***&page=2 -> 200"), log);
        assertFalse(log.contains("k3y-secret"), log);
        assertFalse(log.contains("bearer-secret"), log);
        assertFalse(log.contains("header-secret"), log);
    }

    @Test
    void aSecretUriIsNeitherLoggedNorPutInTheMessageWhenRetriesRunOut() {
        for (int i = 0; i < HttpClientSettings.DEFAULTS.maxAttempts(); i++) {
            then(503, "busy");
        }
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        TemporarilyUnavailableException failure;
        try {
            failure = assertThrows(TemporarilyUnavailableException.class, () -> client.send(
                    HttpRequestSpec.post(uri("/services/T0/B0/hook-secret")).jsonBody("{}").secretUri().build()));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertEquals("POST http://127.0.0.1:" + server.getAddress().getPort() + "/*** answered 503 after 4 attempts",
                failure.getMessage());
        assertTrue(log.contains("/*** -> 503"), log);
        assertFalse(log.contains("hook-secret"), log);
        assertEquals("/services/T0/B0/hook-secret", received.get(0).pathAndQuery());
    }

    @Test
    void aStatusTheCallerHandlesIsReturnedAfterOneRequestWithItsBody() {
        String throttle = "{\"error_id\":502,\"error_name\":\"throttle_violation\"}";
        then(502, throttle);
        then(200, "must not be asked");

        HttpResult result = client.send(HttpRequestSpec.get(uri("/items")).callerHandles(502).build());

        assertEquals(502, result.status());
        assertEquals(throttle, result.bodyAsString());
        assertEquals(1, received.size());
        assertEquals(List.of(), waits);
    }

    @Test
    void aRetryableStatusTheCallerDoesNotNameIsStillRetried() {
        then(502, "bad gateway");
        then(200, "ok");

        HttpResult result = client.send(HttpRequestSpec.get(uri("/items")).callerHandles(503).build());

        assertEquals(200, result.status());
        assertEquals(2, received.size());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @Test
    void aRateLimitTheCallerHandlesIsReturnedWithoutWaiting() {
        then(429, "slow down", Map.of("Retry-After", "7"));
        then(200, "must not be asked");

        HttpResult result = client.send(HttpRequestSpec.get(uri("/items")).callerHandles(429).build());

        assertEquals(429, result.status());
        assertEquals("7", result.header("Retry-After").orElseThrow());
        assertEquals(1, received.size());
        assertEquals(List.of(), waits);
    }

    @Test
    void resultBodyIsTheBytesSent() {
        then(200, "héllo");

        assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), get("/items").body());
    }
}
