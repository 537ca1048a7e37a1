package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * The second "must show", end to end through the API: a person who moves from one organization to another on
 * a date counts for the first before it and for the second after it, and each published month that the move changes
 * gets a new revision naming what moved, while a month it does not touch keeps its single revision.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffiliationMoveTest extends WebTestContext {

    private static final String MOVER = "Morgan Mover";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private Api api;
    private long mover;

    @BeforeAll
    void syncHistoryAndAffiliateTheMover() throws Exception {
        api = new Api(client.toBlocking());
        Path repository = Files.createDirectories(dataDir.resolve("moves"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            for (String month : List.of("2026-07", "2026-08", "2026-09", "2026-10")) {
                commit(git, "Alice Acme", "alice@acme.example", month + "-02T09:00:00Z");
                commit(git, "Gina Globex", "gina@globex.example", month + "-03T09:00:00Z");
                commit(git, MOVER, "morgan@gmail.com", month + "-10T09:00:00Z");
                commit(git, MOVER, "morgan@gmail.com", month + "-20T09:00:00Z");
            }
        }
        Map<String, Object> installation = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.git", "name", "Moves",
                        "config", Map.of("path", repository.toString(), "branch", "main")))));
        Map<String, Object> queued = api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/installations/" + installation.get("id") + "/syncs", "")));
        Map<String, Object> run = api.await("/api/v1/syncs/" + queued.get("id"), r -> r.get("finishedAt") != null);
        assertEquals("SUCCEEDED", run.get("status"), run.toString());
        assertEquals(16, run.get("created"));

        List<Map<String, Object>> found = list("/api/v1/people?query=" + "morgan%40gmail.com");
        assertEquals(1, found.size(), found.toString());
        mover = ((Number) found.get(0).get("id")).longValue();
        Map<String, Object> atAcme = affiliate(Map.of("organization", "acme-example", "from", "2026-07-01"));
        assertEquals("MANUAL", atAcme.get("origin"), atAcme.toString());
        for (String month : List.of("2026-08", "2026-09", "2026-10")) {
            Api.Answer published = api.send(api.asAdmin(HttpRequest.POST("/api/v1/months/" + month + "/publish",
                    "")));
            assertEquals(201, published.status(), published.body());
        }
    }

    private static void commit(Git git, String name, String email, String when) throws Exception {
        PersonIdent author = new PersonIdent(name, email, Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
        Path file = git.getRepository().getWorkTree().toPath().resolve("log.txt");
        Files.writeString(file, name + " " + when + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        git.add().addFilepattern(".").call();
        git.commit().setAuthor(author).setCommitter(author).setMessage("Work of " + when).call();
    }

    @Test
    void theMonthsBeforeAMoveStayWithTheFirstOrganizationAndPublishedMonthsThatChangeGetARevision() {
        Map<String, Object> atGlobex = affiliate(Map.of("organization", "globex-example", "from", "2026-09-15",
                "endPrevious", true));
        assertEquals("globex-example", organizationSlug(atGlobex));
        List<Map<String, Object>> affiliations = list("/api/v1/people/" + mover + "/affiliations");
        Map<String, Object> acme = affiliations.stream().filter(a -> "acme-example".equals(organizationSlug(a)))
                .findFirst().orElseThrow();
        assertEquals("2026-09-14", acme.get("to"), "the move ended the earlier affiliation the day before");

        assertEquals(Map.of("acme-example", 3, "globex-example", 1), contributions("2026-07"));
        assertEquals(Map.of("acme-example", 3, "globex-example", 1), contributions("2026-08"));
        assertEquals(Map.of("acme-example", 2, "globex-example", 2), contributions("2026-09"),
                "the 10th is before the move, the 20th after");
        assertEquals(Map.of("acme-example", 1, "globex-example", 3), contributions("2026-10"));

        assertEquals(1, list("/api/v1/months/2026-08/revisions").size(), "the move changed nothing in August");
        for (String month : List.of("2026-09", "2026-10")) {
            List<Map<String, Object>> revisions = list("/api/v1/months/" + month + "/revisions");
            assertEquals(2, revisions.size(), month + ": " + revisions);
            String changes = String.valueOf(revisions.get(1).get("changes"));
            assertTrue(changes.contains("acme-example") && changes.contains("globex-example"), changes);
        }
    }

    @Test
    void anOverlappingAffiliationWithTheSameOrganizationIsRefusedWithAMessage() {
        Map<String, Object> body = new HashMap<>(Map.of("organization", "acme-example", "from", "2026-08-01",
                "to", "2026-08-31"));
        Api.Answer answer = api.send(api.asAdmin(HttpRequest.POST("/api/v1/people/" + mover + "/affiliations",
                body)));
        assertEquals(409, answer.status(), answer.body());
        assertTrue(answer.body().contains("overlap"), answer.body());
    }

    private Map<String, Object> affiliate(Map<String, Object> body) {
        Api.Answer answer = api.send(api.asAdmin(HttpRequest.POST("/api/v1/people/" + mover + "/affiliations",
                body)));
        assertEquals(201, answer.status(), answer.body());
        try {
            return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String organizationSlug(Map<String, Object> affiliation) {
        return String.valueOf(((Map<String, Object>) affiliation.get("organization")).get("slug"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> contributions(String month) {
        Map<String, Object> board = api.json(HttpRequest.GET("/api/v1/leaderboards/organizations?month=" + month));
        Map<String, Integer> result = new HashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) board.get("entries")) {
            result.put((String) entry.get("slug"), ((Number) entry.get("contributions")).intValue());
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String uri) {
        return (List<Map<String, Object>>) (List<?>) api.client().retrieve(api.asAdmin(HttpRequest.GET(uri)),
                Argument.listOf(Map.class));
    }
}
