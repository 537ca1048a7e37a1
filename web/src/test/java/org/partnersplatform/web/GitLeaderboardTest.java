package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * The foundation's acceptance path on a real git history: commits are attributed to organizations by email domain,
 * free-mail authors stay independent, and a second sync adds nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GitLeaderboardTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    private Path repository;

    @BeforeAll
    void buildHistory() throws Exception {
        repository = Files.createDirectories(dataDir.resolve("history"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            // September: Acme has two people (one on a subdomain), Globex one; two independents.
            commit(git, "Alice Acme", "alice@acme.example", "2026-09-02T09:00:00Z");
            commit(git, "Alice Acme", "alice@acme.example", "2026-09-03T09:00:00Z");
            commit(git, "Bob Acme", "bob@eu.acme.example", "2026-09-04T09:00:00Z");
            commit(git, "Gina Globex", "gina@globex.example", "2026-09-05T09:00:00Z");
            commit(git, "Ivan Indie", "ivan@gmail.com", "2026-09-06T09:00:00Z");
            commit(git, "Nora", "123+nora@users.noreply.github.com", "2026-09-07T09:00:00Z");
            // October: Globex overtakes Acme.
            commit(git, "Alice Acme", "alice@acme.example", "2026-10-02T09:00:00Z");
            git.branchCreate().setName("feature").call();
            git.checkout().setName("feature").call();
            commit(git, "Gina Globex", "gina@globex.example", "2026-10-03T09:00:00Z");
            commit(git, "Gina Globex", "gina@globex.example", "2026-10-04T09:00:00Z");
            git.checkout().setName("main").call();
            commit(git, "Ivan Indie", "ivan@gmail.com", "2026-10-05T09:00:00Z");
            git.merge().include(git.getRepository().resolve("feature")).setCommit(true)
                    .setMessage("Merge feature").call();
        }
    }

    private static void commit(Git git, String name, String email, String when) throws Exception {
        PersonIdent author = new PersonIdent(name, email, Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
        Path file = git.getRepository().getWorkTree().toPath().resolve(name.replace(' ', '-') + ".txt");
        Files.writeString(file, when + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        git.add().addFilepattern(".").call();
        RevCommit ignored = git.commit().setAuthor(author).setCommitter(author).setMessage("Work of " + when).call();
    }

    @Test
    @SuppressWarnings("unchecked")
    void leaderboardsFromGitHistoryAttributeByDomainAndKeepFreeMailIndependent() throws Exception {
        Api api = new Api(client.toBlocking());
        Map<String, Object> installation = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.git", "name", "History",
                        "config", Map.of("path", repository.toString(), "branch", "main", "pageSize", 3)))));
        Object id = installation.get("id");
        Map<String, Object> first = sync(api, id);
        assertEquals("SUCCEEDED", first.get("status"), first.toString());
        assertEquals(10, first.get("created"), "ten non-merge commits");
        List<Map<String, Object>> latest = (List<Map<String, Object>>) (List<?>) api.client().retrieve(
                api.asAdmin(HttpRequest.GET("/api/v1/installations/" + id + "/activities?limit=2")),
                io.micronaut.core.type.Argument.listOf(Map.class));
        assertEquals(2, latest.size());
        assertEquals("Ivan Indie", latest.get(0).get("member"));
        assertEquals("commit", latest.get(0).get("type"));
        assertEquals("2026-10-05T09:00:00Z", latest.get(0).get("occurredAt"));
        assertNull(latest.get(0).get("organization"), "a gmail author is independent");
        assertEquals("Gina Globex", latest.get(1).get("member"));
        assertEquals("globex.example", latest.get(1).get("organization"));
        Map<String, Object> second = sync(api, id);
        assertEquals("SUCCEEDED", second.get("status"));
        assertEquals(0, second.get("created"));
        assertEquals(0, second.get("fetched"), "the checkpoint makes the second run read nothing");

        List<Map<String, Object>> september = entries(api, "organizations", "2026-09");
        assertEquals(List.of("acme-example", "globex-example"), september.stream().map(e -> e.get("slug")).toList());
        assertEquals(3, september.get(0).get("contributions"), "the subdomain counts for acme.example");
        assertEquals(3, september.get(0).get("score"));

        List<Map<String, Object>> october = entries(api, "organizations", "2026-10");
        assertEquals(List.of("globex-example", "acme-example"), october.stream().map(e -> e.get("slug")).toList());
        assertEquals(1, october.get(0).get("rankChange"));
        assertEquals(-1, october.get(1).get("rankChange"));
        assertEquals(1, october.get(0).get("scoreChange"));
        assertEquals(-2, october.get(1).get("scoreChange"));

        Map<String, Object> quarter = api.json(HttpRequest.GET("/api/v1/leaderboards/organizations?quarter=2026-Q3"));
        assertEquals("2026-Q3", quarter.get("period"));
        assertEquals(september, quarter.get("entries"), "the third quarter's only activity is September's");
        assertEquals("is contributions or activity", ((Map<?, ?>) api.json(HttpRequest.GET(
                "/api/v1/leaderboards/organizations?kind=loudest")).get("problems")).get("kind"));

        List<Map<String, Object>> people = entries(api, "individuals", "2026-09");
        List<Object> names = people.stream().map(e -> e.get("name")).toList();
        assertTrue(names.containsAll(List.of("Ivan Indie", "Nora")), names.toString());
        assertFalse(september.stream().anyMatch(e -> List.of("Ivan Indie", "Nora").contains(e.get("name"))));
        assertEquals(6, people.stream().mapToInt(e -> ((Number) e.get("contributions")).intValue()).sum(),
                "individuals add up to September's non-merge commits");
        assertEquals(4, entries(api, "individuals", "2026-10").stream()
                .mapToInt(e -> ((Number) e.get("contributions")).intValue()).sum(),
                "individuals add up to October's non-merge commits (the merge is not counted)");
        Map<String, Object> newcomer = entries(api, "individuals", "2026-09").get(0);
        assertNull(newcomer.get("rankChange"), "nobody was ranked in August");

        Map<String, Object> weighted = api.json(api.asAdmin(HttpRequest.PUT(
                "/api/v1/activity-types/org.partnersplatform.git/commit", Map.of("weight", 2.5))));
        assertEquals(2.5, ((Number) weighted.get("weight")).doubleValue());
        assertEquals(7.5, ((Number) entries(api, "organizations", "2026-09").get(0).get("score")).doubleValue(),
                "an administrator's weight replaces the plugin's default in scores");
        Map<String, Object> negative = api.json(api.asAdmin(HttpRequest.PUT(
                "/api/v1/activity-types/org.partnersplatform.git/commit", Map.of("weight", -1))));
        assertEquals("the weight is out of range", negative.get("message"));
        assertEquals(404, api.send(api.asAdmin(HttpRequest.PUT("/api/v1/activity-types/org.partnersplatform.git/nope",
                Map.of("weight", 1)))).status());
        Map<String, Object> reset = new java.util.HashMap<>();
        reset.put("weight", null);
        Map<String, Object> back = api.json(api.asAdmin(HttpRequest.PUT(
                "/api/v1/activity-types/org.partnersplatform.git/commit", reset)));
        assertEquals(1, ((Number) back.get("weight")).intValue(), "a null weight goes back to the default");
    }

    private static Map<String, Object> sync(Api api, Object installationId) throws InterruptedException {
        Map<String, Object> run = api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/installations/" + installationId + "/syncs", "")));
        return api.await("/api/v1/syncs/" + run.get("id"), r -> r.get("finishedAt") != null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Api api, String board, String month) {
        return (List<Map<String, Object>>) api.json(HttpRequest.GET("/api/v1/leaderboards/" + board + "?month=" + month))
                .get("entries");
    }
}
