package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;

class ReplayServerTest {

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
    void baseUrlIsTheLoopbackAddressAndTheBoundPort() {
        assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), server.baseUrl());
    }

    @Test
    void servesTheResponsesOfARouteInOrderThenRepeatsTheLast() {
        server.on("GET", "/items").respond(ReplayResponse.status(201).body("first"), ReplayResponse.ok("second"));
        server.on("GET", "/items").respond(ReplayResponse.status(202).body("third"));

        List<String> bodies = List.of(get("/items"), get("/items"), get("/items"), get("/items")).stream()
                .map(r -> r.status() + " " + r.bodyAsString())
                .toList();

        assertEquals(List.of("201 first", "200 second", "202 third", "202 third"), bodies);
    }

    @Test
    void answersARouteWithoutARecordedResponseWith404NamingIt() {
        HttpResult result = get("/missing?page=3");

        assertEquals(404, result.status());
        assertEquals("no recorded response for GET /missing?page=3\n", result.bodyAsString());
    }

    @Test
    void recordsMethodPathQueryHeadersAndBodyOfEveryRequest() {
        server.on("POST", "/search").respond(ReplayResponse.ok("{}"));

        context.http().send(HttpRequestSpec.post(server.uri("/search?q=a%20b"))
                .bearer("t0ken")
                .secretHeader("X-Api-Key", "k3y")
                .jsonBody("{\"query\":\"partners\"}")
                .build());

        RecordedRequest request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/search", request.path());
        assertEquals("q=a%20b", request.query());
        assertEquals(Optional.of("Bearer t0ken"), request.header("authorization"));
        assertEquals(Optional.of("k3y"), request.header("x-api-key"));
        assertEquals("{\"query\":\"partners\"}", request.bodyAsString());
        assertEquals(List.of(request), server.requests("POST", "/search"));
    }

    @Test
    void exactQueryRoutesAreTriedBeforeRoutesWithoutAQuery() {
        server.on("GET", "/posts").respond(ReplayResponse.ok("any page"));
        server.on("GET", "/posts", "page=2").respond(ReplayResponse.ok("page two"));
        server.on("GET", "/posts", query -> query.contains("page=9")).respond(ReplayResponse.ok("page nine"));

        assertEquals("page two", get("/posts?page=2").bodyAsString());
        assertEquals("page nine", get("/posts?page=9&per_page=10").bodyAsString());
        assertEquals("any page", get("/posts?page=3").bodyAsString());
        assertEquals("any page", get("/posts").bodyAsString());
    }

    @Test
    void bodyRoutesTellApartRequestsToOnePathByWhatTheyPost() {
        server.on("POST", "/graphql").respond(ReplayResponse.ok("any query"));
        server.onBody("POST", "/graphql", body -> body.contains("\"after\":\"c2\""))
                .respond(ReplayResponse.ok("page 2"));
        server.onBody("POST", "/graphql", body -> body.contains("query Sponsors")).respond(ReplayResponse.ok("page 1"));

        assertEquals("page 1", post("{\"query\":\"query Sponsors {}\"}").bodyAsString());
        assertEquals("page 2", post("{\"query\":\"query Sponsors {}\",\"variables\":{\"after\":\"c2\"}}")
                .bodyAsString());
        assertEquals("any query", post("{\"query\":\"query Viewer {}\"}").bodyAsString());
    }

    @Test
    void replacesTheBaseUrlPlaceholderInHeadersAndBodies() {
        server.on("GET", "/posts").respond(ReplayResponse.ok("{\"next\":\"{baseUrl}/posts?page=2\"}")
                .header("Link", "<{baseUrl}/posts?page=2>; rel=\"next\""));

        HttpResult result = get("/posts");

        assertEquals(Optional.of("<" + server.baseUrl() + "/posts?page=2>; rel=\"next\""), result.header("link"));
        assertEquals("{\"next\":\"" + server.baseUrl() + "/posts?page=2\"}", result.bodyAsString());
        assertEquals(Optional.of(ReplayResponse.DEFAULT_CONTENT_TYPE), result.header("content-type"));
    }

    @Test
    void servesABodyFromAClasspathResource() {
        server.on("GET", "/posts").respond(ReplayResponse.okFromResource("/fixtures/posts/posts_page3.txt"));

        assertEquals("7,2024-03-10T23:59:59Z\n8,2024-03-11T00:00:00Z\n", get("/posts").bodyAsString());
    }

    @Test
    void aMissingResourceFailsWhenTheResponseIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplayResponse.okFromResource("fixtures/posts/nope.json"));

        assertEquals("no classpath resource fixtures/posts/nope.json (fixtures go in src/test/resources)",
                e.getMessage());
    }

    @Test
    void theClientWaitsWhatRetryAfterAsksAndTheContextRecordsTheWaitWithoutSpendingIt() {
        server.on("GET", "/posts").respond(
                ReplayResponse.status(429).header("Retry-After", "5"),
                ReplayResponse.ok("done"));

        HttpResult result = get("/posts");

        assertEquals("done", result.bodyAsString());
        assertEquals(List.of(Duration.ofSeconds(5)), context.waits());
        assertEquals(2, server.requests().size());
    }

    @Test
    void serverErrorsAreRetriedWithDoublingBackoffUntilTheAttemptsAreSpent() {
        server.on("GET", "/posts").respond(ReplayResponse.status(503));

        assertThrows(TemporarilyUnavailableException.class, () -> get("/posts"));

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), context.waits());
        assertEquals(Duration.ofSeconds(7), context.totalWait());
    }

    @Test
    void aRateLimitLongerThanTheClientWaitsIsThrownWithItsRetryTime() {
        server.on("GET", "/posts").respond(ReplayResponse.status(403)
                .header("x-ratelimit-remaining", "0")
                .header("x-ratelimit-reset", Long.toString(TestSourceContext.DEFAULT_NOW.getEpochSecond() + 3600)));

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> get("/posts"));

        assertEquals(TestSourceContext.DEFAULT_NOW.plusSeconds(3600), e.retryAt());
        assertEquals(List.of(), context.waits());
    }

    @Test
    void stopsAnsweringOnceClosed() throws Exception {
        server.close();

        HttpRequest request = HttpRequest.newBuilder(server.uri("/posts")).timeout(Duration.ofSeconds(5)).build();
        assertThrows(IOException.class,
                () -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()));
    }

    private HttpResult post(String json) {
        return context.http().send(HttpRequestSpec.post(server.uri("/graphql")).jsonBody(json).build());
    }

    private HttpResult get(String pathAndQuery) {
        return context.http().send(HttpRequestSpec.get(server.uri(pathAndQuery)).build());
    }
}
