package org.partnersplatform.web.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.access.AccountService;
import org.partnersplatform.core.access.Role;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * Explanations, featured organizations and the scoring admin page over a git history in the last full month, scored
 * by the built-in policy (a commit weighs 1). Acme: Alice 3 commits; Globex: Gina 2; Ivan (gmail) 1.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoringApiTest extends WebTestContext {

    private static final YearMonth LAST = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

    @Inject
    AccountService accounts;

    @Inject
    @Client("/")
    HttpClient client;

    private boolean synced;

    @BeforeAll
    void history() throws Exception {
        Path repository = Files.createDirectories(dataDir.resolve("history"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commit(git, "Alice Acme", "alice@acme.example", 2);
            commit(git, "Alice Acme", "alice@acme.example", 3);
            commit(git, "Alice Acme", "alice@acme.example", 4);
            commit(git, "Gina Globex", "gina@globex.example", 5);
            commit(git, "Gina Globex", "gina@globex.example", 6);
            commit(git, "Ivan Indie", "ivan@gmail.com", 7);
        }
        Api api = api();
        Object id = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations", Map.of("plugin",
                "org.partnersplatform.git", "name", "History", "createProvisionalOrgs", true,
                "config", Map.of("path", repository.toString(), "branch", "main"))))).get("id");
        Map<String, Object> run = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations/" + id + "/syncs",
                "")));
        Map<String, Object> done = api.await("/api/v1/syncs/" + run.get("id"), r -> r.get("finishedAt") != null);
        assertEquals("SUCCEEDED", done.get("status"), done.toString());
        synced = true;
    }

    private static void commit(Git git, String name, String email, int day) throws Exception {
        Instant when = LAST.atDay(day).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        PersonIdent author = new PersonIdent(name, email, Date.from(when), TimeZone.getTimeZone("UTC"));
        Path file = git.getRepository().getWorkTree().toPath().resolve(name.replace(' ', '-') + ".txt");
        Files.writeString(file, when + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        git.add().addFilepattern(".").call();
        git.commit().setAuthor(author).setCommitter(author).setMessage("Work of " + when).call();
    }

    /** The link to an organization's explanation as an HTML attribute holds it ({@code =} escaped). */
    private static String link(String slug) {
        return "href=\"/leaderboards/organizations/" + slug + "/explanation?month&#x3D;" + LAST + "\"";
    }

    private String currentVersion() {
        return api().json(HttpRequest.GET("/api/v1/leaderboards/organizations/acme-example/explanation?month="
                + LAST)).get("ruleVersion").toString();
    }

    private Api api() {
        return new Api(client.toBlocking());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrganizationsExplanationTotalsItsLeaderboardScoreUnderTheBuiltInRules() {
        assertTrue(synced);
        List<Map<String, Object>> board = (List<Map<String, Object>>) api().json(HttpRequest.GET(
                "/api/v1/leaderboards/organizations?month=" + LAST)).get("entries");
        for (Map<String, Object> entry : board) {
            Map<String, Object> explanation = api().json(HttpRequest.GET("/api/v1/leaderboards/organizations/"
                    + entry.get("slug") + "/explanation?month=" + LAST));
            assertEquals(entry.get("score"), explanation.get("score"), entry.get("slug").toString());
        }
        Map<String, Object> acme = api().json(HttpRequest.GET(
                "/api/v1/leaderboards/organizations/acme-example/explanation?month=" + LAST + "&kind=activity"));
        assertTrue(acme.get("ruleVersion").toString().matches("mautic-2026\\.1 · r\\d+"), acme.toString());
        assertEquals(3, acme.get("score"));
        Map<String, Object> line = ((List<Map<String, Object>>) acme.get("lines")).get(0);
        assertEquals(List.of("org.partnersplatform.git", "commit", 3, 3, 1, 3), List.of(line.get("source"),
                line.get("type"), line.get("count"), line.get("counted"), line.get("weight"), line.get("subtotal")));
        assertEquals("Alice Acme", ((List<Map<String, Object>>) acme.get("people")).get(0).get("name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonsExplanationTotalsTheirScore() {
        assertTrue(synced);
        Map<String, Object> ivan = ((List<Map<String, Object>>) api().json(HttpRequest.GET(
                "/api/v1/leaderboards/individuals?month=" + LAST)).get("entries")).stream()
                .filter(e -> e.get("name").equals("Ivan Indie")).findFirst().orElseThrow();
        Map<String, Object> explanation = api().json(HttpRequest.GET("/api/v1/leaderboards/individuals/"
                + ivan.get("slug") + "/explanation?month=" + LAST));
        assertEquals(1, explanation.get("score"));
        assertEquals(List.of(), explanation.get("people"));
    }

    @Test
    void explanationsRefuseBadInputWith4xx() {
        assertTrue(synced);
        assertEquals(404, api().send(HttpRequest.GET("/api/v1/leaderboards/organizations/nobody/explanation?month="
                + LAST)).status());
        assertEquals(404, api().send(HttpRequest.GET("/api/v1/leaderboards/individuals/alice/explanation?month="
                + LAST)).status());
        Map<String, Object> month = api().json(HttpRequest.GET(
                "/api/v1/leaderboards/organizations/acme-example/explanation?month=June"));
        assertEquals(Map.of("month", "is YYYY-MM, e.g. 2026-10"), month.get("problems"));
        Map<String, Object> kind = api().json(HttpRequest.GET(
                "/api/v1/leaderboards/organizations/acme-example/explanation?month=" + LAST + "&kind=loudest"));
        assertEquals(Map.of("kind", "is contributions or activity"), kind.get("problems"));
        assertEquals(400, api().send(HttpRequest.GET("/api/v1/leaderboards/organizations/acme-example/explanation"
                + "?month=" + LAST + "&year=2026")).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyPartnersAreFeatured() {
        assertTrue(synced);
        Map<String, Object> before = api().json(HttpRequest.GET("/api/v1/featured"));
        assertEquals(LAST.toString(), before.get("month"));
        assertEquals(List.of(), before.get("organizations"), "no organization is a partner yet");

        api().json(api().asAdmin(HttpRequest.POST("/api/v1/organizations/globex-example/confirm", "")));
        assertEquals(List.of(), api().json(HttpRequest.GET("/api/v1/featured")).get("organizations"),
                "a confirmed organization that is not a partner is not featured");

        accounts.createUser("rita", "a long reviewer password", Role.REVIEWER);
        String reviewer = accounts.openSession("rita");
        Map<String, Object> applied = api().json(HttpRequest.POST("/api/v1/applications", Map.of(
                "organization", "globex-example", "contactName", "Gil", "contactEmail", "gil@globex.example",
                "motivation", "We contribute", "members", List.of(Map.of("name", "Gil",
                        "email", "gil@globex.example")))));
        api().json(HttpRequest.POST("/api/v1/applications/" + applied.get("id") + "/decision",
                Map.of("decision", "approve")).bearerAuth(reviewer));
        List<Map<String, Object>> featured = (List<Map<String, Object>>) api().json(
                HttpRequest.GET("/api/v1/featured")).get("organizations");
        assertEquals(List.of(Map.of("rank", 1, "name", featured.get(0).get("name"), "slug", "globex-example",
                "score", 2, "contributions", 2)), featured);
        Api.Answer home = api().send(HttpRequest.GET("/").accept(MediaType.TEXT_HTML));
        assertTrue(home.body().contains(link("globex-example")), home.body());
    }

    @Test
    void thePublicExplanationPageIsLinkedFromTheLeaderboard() {
        assertTrue(synced);
        Api.Answer board = api().send(HttpRequest.GET("/leaderboards?month=" + LAST).accept(MediaType.TEXT_HTML));
        assertTrue(board.body().contains(link("acme-example")), board.body());
        Api.Answer page = api().send(HttpRequest.GET("/leaderboards/organizations/acme-example/explanation?month="
                + LAST).accept(MediaType.TEXT_HTML));
        assertEquals(200, page.status());
        assertTrue(page.body().contains(currentVersion()), page.body());
        assertTrue(page.body().contains("Alice Acme"));
    }

    @Test
    void theAdminScoringPageShowsThePolicyTheEffectiveRulesAndTheVersions() {
        assertTrue(synced);
        Api.Answer page = api().send(api().asAdmin(HttpRequest.GET("/admin/scoring").accept(MediaType.TEXT_HTML)));
        assertEquals(200, page.status());
        for (String shown : List.of("mautic-2026.1", "built-in", "Small documentation-only pull request",
                "labels is one of documentation, docs", "org.partnersplatform.git", "(policy)",
                currentVersion() + " <strong>(in force)</strong>")) {
            assertTrue(page.body().contains(shown), shown);
        }
    }
}
