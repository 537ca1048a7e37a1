package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.SecretEchoSource;
import org.partnersplatform.web.support.WebTestContext;
import org.slf4j.LoggerFactory;

/** A secret setting reaches the plugin, and never an API response, a page or a log line. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretsTest extends WebTestContext {

    private static final String SECRET = "s3cr3t-token-never-shown-91c7";
    private static final String NEW_SECRET = "an0ther-s3cret-token-44d2";

    @Inject
    @Client("/")
    HttpClient client;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private ReplayServer upstream;

    @BeforeAll
    void captureLogsAndStartUpstream() {
        logs.start();
        root().addAppender(logs);
        upstream = ReplayServer.start();
        upstream.on("GET", "/items").respond(ReplayResponse.ok(
                "a1,ada@acme.example,2026-02-03T10:00:00Z\na2,bo@gmail.com,2026-02-04T10:00:00Z\n")
                .contentType("text/plain"));
    }

    @AfterAll
    void stop() {
        root().detachAppender(logs);
        upstream.close();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void aSecretIsUsedButNeverShownOrLogged() throws Exception {
        Api api = new Api(client.toBlocking());
        Api.Answer created = api.send(api.asAdmin(HttpRequest.POST("/api/v1/installations", Map.of(
                "plugin", SecretEchoSource.ID, "name", "Secret echo",
                "config", Map.of("baseUrl", upstream.baseUrl(), "token", SECRET)))));
        assertEquals(201, created.status(), created.body());
        Map<String, Object> installation = api.json(api.asAdmin(HttpRequest.GET(created.header("Location"))));
        assertEquals(List.of("token"), installation.get("secretsSet"));
        long id = ((Number) installation.get("id")).longValue();

        Map<String, Object> run = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations/" + id + "/syncs", "")));
        Map<String, Object> done = api.await("/api/v1/syncs/" + run.get("id"), r -> r.get("finishedAt") != null);
        assertEquals("SUCCEEDED", done.get("status"), done.toString());
        assertEquals(2, done.get("created"));
        assertEquals("Bearer " + SECRET, upstream.requests("GET", "/items").get(0).header("Authorization")
                .orElseThrow());

        Map<String, Object> update = api.json(api.asAdmin(HttpRequest.PUT("/api/v1/installations/" + id, Map.of(
                "name", "Secret echo", "config", Map.of("baseUrl", upstream.baseUrl(), "token", "")))));
        assertEquals(List.of("token"), update.get("secretsSet"), "a blank secret keeps the stored one");
        Map<String, Object> rerun = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations/" + id + "/syncs",
                "")));
        api.await("/api/v1/syncs/" + rerun.get("id"), r -> "SUCCEEDED".equals(r.get("status")));
        assertEquals("Bearer " + SECRET, upstream.requests("GET", "/items").get(1).header("Authorization")
                .orElseThrow());

        api.json(api.asAdmin(HttpRequest.PUT("/api/v1/installations/" + id, Map.of(
                "name", "Secret echo", "config", Map.of("baseUrl", upstream.baseUrl(), "token", NEW_SECRET)))));

        String cookie = signIn(api);
        StringBuilder everything = new StringBuilder();
        for (String uri : List.of("/api/v1/installations", "/api/v1/installations/" + id, "/api/v1/plugins",
                "/api/v1/installations/" + id + "/syncs", "/api/v1/syncs/" + run.get("id"))) {
            everything.append(api.send(api.asAdmin(HttpRequest.GET(uri))).body());
        }
        for (String page : List.of("/admin", "/admin/installations", "/admin/installations/" + id,
                "/admin/installations/" + id + "/edit", "/admin/runs/" + run.get("id"), "/admin/plugins")) {
            Api.Answer answer = api.send(HttpRequest.GET(page).accept(MediaType.TEXT_HTML)
                    .header("Cookie", cookie));
            assertEquals(200, answer.status(), page);
            everything.append(answer.body());
        }
        assertTrue(everything.toString().contains("Secret echo"), "the pages were really read");
        for (String secret : List.of(SECRET, NEW_SECRET)) {
            assertFalse(everything.toString().contains(secret), "a response shows the secret");
            List<String> leaking = logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(message -> message.contains(secret)).toList();
            assertEquals(List.of(), leaking, "log lines with the secret");
        }
        assertTrue(logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains("api_key=***")),
                "the HTTP client's request lines were captured");
    }

    private static String signIn(Api api) {
        Api.Answer login = api.send(HttpRequest.POST("/login",
                        Map.of("username", "admin", "password", ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertEquals(303, login.status(), login.body());
        String setCookie = login.header("Set-Cookie");
        assertTrue(setCookie.startsWith("PARTNERS_SESSION="), setCookie);
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
