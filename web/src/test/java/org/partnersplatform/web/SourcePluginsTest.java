package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * Each source plugin end to end, as an administrator would use it through the API: an installation pointed at a local
 * replay server syncs, the expected activities appear with their authors, types and dates, a second sync adds
 * nothing, and a refused credential ends the run with a message naming the setting to fix.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcePluginsTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    private Api api;
    private ReplayServer upstream;

    @BeforeEach
    void start() {
        api = new Api(client.toBlocking());
        upstream = ReplayServer.start();
    }

    @AfterEach
    void stop() {
        upstream.close();
    }

    @Test
    void jiraResolvedIssuesAreCreditedToTheirAssignees() throws Exception {
        String search = "/rest/api/3/search";
        for (int page = 0; page < 3; page++) {
            String startAt = String.valueOf(page * 2);
            upstream.on("GET", search, query -> startAt.equals(param(query, "startAt")))
                    .respond(ReplayResponse.okFromResource("fixtures/jira/cloud_search_page_" + (page + 1) + ".json"));
        }
        long id = install("org.partnersplatform.jira", "Jira", Map.of("deployment", "cloud",
                "baseUrl", upstream.baseUrl(), "email", "bot@example.org", "apiToken", "jira-token-1", "pageSize", 2));

        Map<String, Object> first = sync(id);
        assertEquals("SUCCEEDED", first.get("status"), first.toString());
        assertEquals(3, first.get("created"));
        assertEquals(2, first.get("rejected"), "the unassigned issue and the deleted assignee are reported");
        List<Map<String, Object>> stored = activities(id);
        Map<String, Object> ada = stored.stream().filter(a -> "issue-MAUT-101".equals(a.get("itemId"))).findFirst()
                .orElseThrow();
        assertEquals("issue_resolved", ada.get("type"));
        assertEquals("Ada Lovelace", ada.get("member"));
        assertEquals("2024-03-01T10:15:20Z", ada.get("occurredAt"));
        assertEquals(0, sync(id).get("created"), "a second sync adds nothing");

        upstream.on("GET", "/broken" + search).respond(ReplayResponse.status(401)
                .bodyFromResource("fixtures/jira/search_401.json"));
        long refused = install("org.partnersplatform.jira", "Jira refused", Map.of("deployment", "cloud",
                "baseUrl", upstream.baseUrl() + "/broken", "email", "bot@example.org", "apiToken", "wrong-token"));
        Map<String, Object> failed = sync(refused);
        assertEquals("FAILED", failed.get("status"));
        assertTrue(((String) failed.get("message")).contains("apiToken"), failed.toString());
    }

    @Test
    void discourseAcceptedSolutionsAreCreditedToTheirAuthors() throws Exception {
        for (int page = 0; page < 3; page++) {
            upstream.on("GET", "/latest.json", "page=" + page).respond(discourse(
                    page < 2 ? "latest_page_" + page + ".json" : "latest_page_2_last.json"));
        }
        upstream.on("GET", "/t/21.json").respond(discourse("topic_21_solved.json"));
        upstream.on("GET", "/t/23.json").respond(discourse("topic_23_self_answer.json"));
        upstream.on("GET", "/t/24.json").respond(discourse("topic_24_answer_beyond_first_chunk.json"));
        upstream.on("GET", "/t/24/2.json").respond(discourse("topic_24_around_post_2.json"));
        upstream.on("GET", "/t/25.json").respond(discourse("topic_25_deleted_author.json"));
        upstream.on("GET", "/t/26.json").respond(discourse("topic_26_solved_by_system.json"));
        upstream.on("GET", "/t/57.json").respond(discourse("topic_57_first_chunk.json"));
        long id = install("org.partnersplatform.discourse", "Forum", Map.of("baseUrl", upstream.baseUrl(),
                "pageSize", 2));

        Map<String, Object> first = sync(id);
        assertEquals("SUCCEEDED", first.get("status"), first.toString());
        assertEquals(3, first.get("created"));
        assertEquals(1, first.get("rejected"), "the solution by a deleted user is reported");
        Map<String, Object> alice = activities(id).stream().filter(a -> "solution-12".equals(a.get("itemId")))
                .findFirst().orElseThrow();
        assertEquals("accepted_solution", alice.get("type"));
        assertEquals("alice", alice.get("username"));
        assertEquals("2017-07-31T10:00:00.250Z", alice.get("occurredAt"));
        assertEquals(0, sync(id).get("created"), "a second sync adds nothing");

        upstream.on("GET", "/private/latest.json").respond(ReplayResponse.status(403)
                .bodyFromResource("fixtures/discourse/error_403_invalid_access.json"));
        long refused = install("org.partnersplatform.discourse", "Forum refused", Map.of(
                "baseUrl", upstream.baseUrl() + "/private", "apiKey", "wrong-key"));
        Map<String, Object> failed = sync(refused);
        assertEquals("FAILED", failed.get("status"));
        assertTrue(((String) failed.get("message")).contains("apiKey"), failed.toString());
    }

    @Test
    void stackExchangeAcceptedAnswersAreCreditedToTheirOwners() throws Exception {
        upstream.on("GET", "/2.3/questions", q -> !q.contains("min="))
                .respond(stackExchange("questions_same_second_page_1.json"));
        upstream.on("GET", "/2.3/questions", q -> q.contains("min=1461433608"))
                .respond(stackExchange("questions_same_second_page_2.json"));
        upstream.on("GET", "/2.3/questions/16091848;15161774/answers")
                .respond(stackExchange("answers_same_second_page_1.json"));
        upstream.on("GET", "/2.3/questions/33587981/answers")
                .respond(stackExchange("answers_same_second_page_2.json"));
        long id = install("org.partnersplatform.stackexchange", "Stack Overflow",
                Map.of("baseUrl", upstream.baseUrl() + "/2.3", "tags", "mautic"));

        Map<String, Object> first = sync(id);
        assertEquals("SUCCEEDED", first.get("status"), first.toString());
        assertEquals(4, first.get("created"));
        Map<String, Object> accepted = activities(id).stream()
                .filter(a -> "answer-16092151".equals(a.get("itemId"))).findFirst().orElseThrow();
        assertEquals("accepted_answer", accepted.get("type"));
        assertEquals("luser droog", accepted.get("member"));
        assertEquals("2013-04-18T20:09:10Z", accepted.get("occurredAt"));
        Map<String, Object> other = activities(id).stream()
                .filter(a -> "answer-900002".equals(a.get("itemId"))).findFirst().orElseThrow();
        assertEquals("answer_posted", other.get("type"));
        assertEquals("O'Brien & Sons", other.get("member"), "HTML entities are decoded");
        assertEquals(0, sync(id).get("created"), "a second sync adds nothing");

        upstream.on("GET", "/keyed/2.3/questions").respond(ReplayResponse.status(400)
                .bodyFromResource("fixtures/stackexchange/error_bad_key.json"));
        long refused = install("org.partnersplatform.stackexchange", "Stack Overflow refused",
                Map.of("baseUrl", upstream.baseUrl() + "/keyed/2.3", "tags", "mautic", "apiKey", "wrong-key"));
        Map<String, Object> failed = sync(refused);
        assertEquals("FAILED", failed.get("status"));
        assertTrue(((String) failed.get("message")).contains("apiKey"), failed.toString());
    }

    @Test
    void gitHubWaitsOutARateLimitThenCreditsPullRequestsReviewsAndReleases() throws Exception {
        String repo = "/repos/sigmavirus24/github3.py";
        long resetIn2s = java.time.Instant.now().plusSeconds(2).getEpochSecond();
        upstream.on("GET", repo + "/pulls").respond(
                ReplayResponse.status(403).bodyFromResource("fixtures/github/rate_limit_403.json")
                        .header("x-ratelimit-remaining", "0").header("x-ratelimit-reset", Long.toString(resetIn2s)),
                gitHub("pulls_github3py.json"));
        upstream.on("GET", repo + "/pulls/671/reviews").respond(gitHub("reviews_pr671.json"));
        upstream.on("GET", repo + "/releases").respond(gitHub("releases_github3py.json"));
        long id = install("org.partnersplatform.github", "GitHub", Map.of("baseUrl", upstream.baseUrl(),
                "token", "ghp_test_token_0001", "repositories", "sigmavirus24/github3.py", "pageSize", 10));

        Map<String, Object> first = sync(id);
        assertEquals("SUCCEEDED", first.get("status"), first.toString());
        assertEquals(2, upstream.requests("GET", repo + "/pulls").size(), "the rate-limited request was sent again");
        assertEquals(8, first.get("created"), "one merged pull request, five reviews, two releases");
        Map<String, Object> merged = activities(id).stream().filter(a -> "pr-103219362".equals(a.get("itemId")))
                .findFirst().orElseThrow();
        assertEquals("pull_request_merged", merged.get("type"));
        assertEquals("omgjlk", merged.get("username"));
        assertEquals("2017-01-27T22:24:35Z", merged.get("occurredAt"));
        assertEquals(0, sync(id).get("created"), "a second sync adds nothing");

        upstream.on("GET", "/revoked" + repo + "/pulls").respond(ReplayResponse.status(401)
                .body("{\"message\": \"Bad credentials\"}"));
        long refused = install("org.partnersplatform.github", "GitHub refused", Map.of(
                "baseUrl", upstream.baseUrl() + "/revoked", "token", "ghp_revoked", "repositories",
                "sigmavirus24/github3.py"));
        Map<String, Object> failed = sync(refused);
        assertEquals("FAILED", failed.get("status"));
        assertTrue(((String) failed.get("message")).contains("token"), failed.toString());
    }

    @Test
    void aGitHubWebhookIsStoredOnceAndOnlyWithAValidSignature() throws Exception {
        String secret = "webhook-secret-7f3a";
        long id = install("org.partnersplatform.github", "GitHub hooks", Map.of("baseUrl", upstream.baseUrl(),
                "token", "ghp_test_token_0002", "repositories", "sigmavirus24/github3.py", "webhookSecret", secret));
        byte[] body = new String(getClass().getResourceAsStream("/fixtures/github/webhook_release_published.json")
                .readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);

        Api.Answer forged = api.send(HttpRequest.POST("/api/v1/hooks/" + id, body)
                .header("X-GitHub-Event", "release").header("X-Hub-Signature-256", sign("another secret", body))
                .contentType("application/json"));
        assertEquals(401, forged.status(), forged.body());
        assertEquals(List.of(), activities(id), "a refused delivery stores nothing");

        for (int delivery = 1; delivery <= 2; delivery++) {
            Api.Answer accepted = api.send(HttpRequest.POST("/api/v1/hooks/" + id, body)
                    .header("X-GitHub-Event", "release").header("X-Hub-Signature-256", sign(secret, body))
                    .contentType("application/json"));
            assertEquals(200, accepted.status(), accepted.body());
        }
        List<Map<String, Object>> stored = activities(id);
        assertEquals(1, stored.size(), "delivered twice, stored once");
        assertEquals("release-742079", stored.get(0).get("itemId"));
        assertEquals("release_published", stored.get(0).get("type"));
        assertEquals("sigmavirus24", stored.get(0).get("username"));
    }

    private static String sign(String secret, byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static ReplayResponse gitHub(String fixture) {
        return ReplayResponse.okFromResource("fixtures/github/" + fixture);
    }

    private static ReplayResponse stackExchange(String fixture) {
        return ReplayResponse.okFromResource("fixtures/stackexchange/" + fixture);
    }

    private static ReplayResponse discourse(String fixture) {
        return ReplayResponse.okFromResource("fixtures/discourse/" + fixture);
    }

    private long install(String plugin, String name, Map<String, Object> config) {
        Map<String, Object> created = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", plugin, "name", name, "config", config))));
        assertTrue(created.containsKey("id"), created.toString());
        return ((Number) created.get("id")).longValue();
    }

    private Map<String, Object> sync(long installationId) throws InterruptedException {
        Map<String, Object> run = api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/installations/" + installationId + "/syncs", "")));
        return api.await("/api/v1/syncs/" + run.get("id"), r -> r.get("finishedAt") != null);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> activities(long installationId) {
        return (List<Map<String, Object>>) (List<?>) api.client().retrieve(api.asAdmin(HttpRequest.GET(
                "/api/v1/installations/" + installationId + "/activities?limit=500")), Argument.listOf(Map.class));
    }

    private static String param(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
