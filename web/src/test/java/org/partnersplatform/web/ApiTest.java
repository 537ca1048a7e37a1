package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    private Api api() {
        return new Api(client.toBlocking());
    }

    @Test
    @SuppressWarnings("unchecked")
    void pluginsListsTheBuiltInSourcesAsStartedWithTypesAndSchema() {
        List<Map<String, Object>> plugins = (List<Map<String, Object>>) (List<?>) client.toBlocking()
                .retrieve(api().asAdmin(HttpRequest.GET("/api/v1/plugins")), Argument.listOf(Map.class));
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        plugins.forEach(p -> byId.put((String) p.get("id"), p));
        for (String id : List.of("org.partnersplatform.git", "org.partnersplatform.manual",
                "org.partnersplatform.github", "org.partnersplatform.discourse", "org.partnersplatform.stackexchange",
                "org.partnersplatform.jira")) {
            Map<String, Object> plugin = byId.get(id);
            assertTrue(plugin != null, id + " is in the distribution");
            assertEquals("STARTED", plugin.get("state"), id);
            List<Map<String, Object>> sources = (List<Map<String, Object>>) plugin.get("sources");
            assertEquals(id, sources.get(0).get("id"));
            assertTrue(!((List<?>) sources.get(0).get("activityTypes")).isEmpty(), id);
            assertTrue(!((List<?>) sources.get(0).get("configSchema")).isEmpty(), id);
        }
        Map<String, Object> git = ((List<Map<String, Object>>) byId.get("org.partnersplatform.git").get("sources"))
                .get(0);
        assertEquals(Map.of("key", "commit", "label", "Commit", "kind", "contribution", "defaultWeight", 1,
                "requiresConfirmation", false), ((List<?>) git.get("activityTypes")).get(0));
    }

    @Test
    void badInstallationInputGetsA400ThatSaysWhatIsWrong() {
        Map<String, Object> missingName = api().json(api().asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.git", "config", Map.of("path", "/tmp")))));
        assertEquals(Map.of("name", "is required"), missingName.get("problems"));

        Map<String, Object> unknownPlugin = api().json(api().asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.example.none", "name", "x"))));
        assertEquals("no started source org.example.none", unknownPlugin.get("message"));

        Map<String, Object> badConfig = api().json(api().asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.git", "name", "bad", "config",
                        Map.of("path", "/does/not/exist", "pageSize", "many", "colour", "blue")))));
        Map<?, ?> problems = (Map<?, ?>) badConfig.get("problems");
        assertEquals("the configuration is not valid", badConfig.get("message"));
        assertEquals("is not a setting of this source", problems.get("config.colour"));
        assertEquals("must be a whole number", problems.get("config.pageSize"));

        Map<String, Object> nested = api().json(api().asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.git", "name", "nested", "config", Map.of("path", List.of())))));
        assertEquals(Map.of("config.path", "must be a string, a number or a boolean"), nested.get("problems"));

        Api.Answer malformedJson = api().send(api().asAdmin(HttpRequest.POST("/api/v1/installations", "{oops")
                .contentType(MediaType.APPLICATION_JSON)));
        assertEquals(400, malformedJson.status());
        assertTrue(malformedJson.body().contains("Invalid JSON"), malformedJson.body());
    }

    @Test
    void missingThingsAre404AndADuplicateNameIs409() throws Exception {
        assertEquals(404, api().send(api().asAdmin(HttpRequest.GET("/api/v1/installations/424242"))).status());
        assertEquals(404, api().send(api().asAdmin(HttpRequest.POST("/api/v1/installations/424242/syncs", "")))
                .status());
        assertEquals(404, api().send(api().asAdmin(HttpRequest.GET("/api/v1/syncs/424242"))).status());
        Path repo = Files.createDirectories(dataDir.resolve("repo-409"));
        org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).call().close();
        Map<String, Object> body = Map.of("plugin", "org.partnersplatform.git", "name", "twice",
                "config", Map.of("path", repo.toString()));
        assertEquals(201, api().send(api().asAdmin(HttpRequest.POST("/api/v1/installations", body))).status());
        Api.Answer again = api().send(api().asAdmin(HttpRequest.POST("/api/v1/installations", body)));
        assertEquals(409, again.status());
        assertTrue(again.body().contains("an installation named \\\"twice\\\" already exists"), again.body());
    }

    @Test
    void creditsAreStoredOnceRefusedWhenMalformedAndNeverAnonymous() {
        Map<String, Object> installation = api().json(api().asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.manual", "name", "Credits"))));
        Map<String, Object> credit = Map.of("type", "talk_given", "person", Map.of("email", "ada@example.org"),
                "date", "2026-03-14", "reason", "Talk at the community meetup");
        String uri = "/api/v1/credits?installation=" + installation.get("id");
        Api.Answer first = api().send(api().asAdmin(HttpRequest.POST(uri, credit)));
        assertEquals(201, first.status(), first.body());
        Map<String, Object> second = api().json(api().asAdmin(HttpRequest.POST(uri, credit)));
        assertEquals(0, second.get("created"));
        assertEquals(1, second.get("unchanged"));

        Api.Answer malformed = api().send(api().asAdmin(HttpRequest.POST(uri,
                Map.of("type", "talk_given", "person", Map.of("email", "ada@example.org"), "date", "2026-03-14"))));
        assertEquals(400, malformed.status());
        assertTrue(malformed.body().contains("reason"), malformed.body());

        assertEquals(401, api().send(HttpRequest.POST(uri, credit)).status());
        Api.Answer hook = api().send(HttpRequest.POST("/api/v1/hooks/" + installation.get("id"), credit));
        assertEquals(401, hook.status());
    }
}
