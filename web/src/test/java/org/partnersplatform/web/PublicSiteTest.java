package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    private Api api() {
        return new Api(client.toBlocking());
    }

    @Test
    void homeAndLeaderboardPagesAnswerHtml() {
        for (String page : List.of("/", "/leaderboards", "/leaderboards?month=2026-01", "/login")) {
            Api.Answer answer = api().send(HttpRequest.GET(page).accept(MediaType.TEXT_HTML));
            assertEquals(200, answer.status(), page);
            assertTrue(answer.header("Content-Type").startsWith("text/html"), page);
            assertTrue(answer.body().contains("Partners Platform"), page);
        }
    }

    @Test
    void aMalformedMonthGetsAnErrorPageNotA500() {
        Api.Answer answer = api().send(HttpRequest.GET("/leaderboards?month=2026-13").accept(MediaType.TEXT_HTML));
        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("the month is not valid"), answer.body());
    }

    @Test
    void leaderboardApiGivesTheMonthAndEntriesAndRefusesBadMonths() {
        Map<String, Object> board = api().json(HttpRequest.GET("/api/v1/leaderboards/organizations?month=2025-06"));
        assertEquals("2025-06", board.get("month"));
        assertEquals(List.of(), board.get("entries"));
        Map<String, Object> error = api().json(HttpRequest.GET("/api/v1/leaderboards/individuals?month=June"));
        assertEquals("the month is not valid", error.get("message"));
        assertEquals(Map.of("month", "is YYYY-MM, e.g. 2026-10"), error.get("problems"));
    }

    @Test
    void healthIsUpAndAnonymous() {
        Map<String, Object> health = api().json(HttpRequest.GET("/health"));
        assertEquals("UP", health.get("status"));
    }

    @Test
    void unknownApiRouteIsA404WithAMessage() {
        Api.Answer answer = api().send(HttpRequest.GET("/api/v1/nothing-here"));
        assertEquals(404, answer.status());
        assertTrue(answer.body().contains("nothing at GET /api/v1/nothing-here"), answer.body());
    }

    @Test
    void adminAreaSendsBrowsersToSignInAndRefusesAnonymousApiCalls() {
        Api.Answer page = api().send(HttpRequest.GET("/admin").accept(MediaType.TEXT_HTML));
        assertEquals(303, page.status());
        assertTrue(page.header("Location").endsWith("/login"), page.header("Location"));
        assertEquals(401, api().send(HttpRequest.GET("/api/v1/plugins")).status());
        assertEquals(401, api().send(HttpRequest.GET("/api/v1/plugins").bearerAuth("wrong-token")).status());
        assertEquals(401, api().send(HttpRequest.GET("/api/v1/plugins").basicAuth("admin", ADMIN_PASSWORD)).status(),
                "passwords are for the sign-in form, not for every API call");
    }
}
