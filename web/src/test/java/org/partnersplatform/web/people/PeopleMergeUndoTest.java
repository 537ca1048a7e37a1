package org.partnersplatform.web.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * The first "must show", on a real git history: people who commit under two or more emails (a work and a
 * personal address, a GitHub no-reply address, two spellings of a name) are found by the suggestions, accepting them
 * merges the people, and undoing the merges restores identities, affiliations and attribution exactly.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleMergeUndoTest extends WebTestContext {

    private static final String GIT = "org.partnersplatform.git";

    @Inject
    @Client("/")
    HttpClient client;

    private Path repository;
    private Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        jdbc = new Jdbc(properties);
        return properties;
    }

    @BeforeAll
    void buildHistory() throws Exception {
        repository = Files.createDirectories(dataDir.resolve("people-history"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commit(git, "José García", "jose.garcia@acme.example", "2026-03-02T09:00:00Z");
            commit(git, "Priya Patel", "priya@globex.example", "2026-03-03T09:00:00Z");
            commit(git, "Chen Wei", "wei.chen@initech.example", "2026-03-04T09:00:00Z");
            commit(git, "Olu Ade", "olu@ade-consulting.example", "2026-03-05T09:00:00Z");
            commit(git, "Ana Lima", "ana@acme.example", "2026-03-06T09:00:00Z");
            commit(git, "Ivan Indie", "ivan@gmail.com", "2026-03-07T09:00:00Z");
            commit(git, "Acme Info", "info@acme.example", "2026-03-08T09:00:00Z");
            commit(git, "Globex Info", "info@globex.example", "2026-03-09T09:00:00Z");
            commit(git, "Jose Garcia", "jgarcia.dev@gmail.com", "2026-04-02T20:00:00Z");
            commit(git, "Priya Patel", "priya@fastmail.com", "2026-04-03T20:00:00Z");
            commit(git, "Priya Patel", "4242+ppatel@users.noreply.github.com", "2026-04-04T20:00:00Z");
            commit(git, "Priya Patel", "ppatel@users.noreply.github.com", "2026-04-05T20:00:00Z");
            commit(git, "Wei Chen", "weichen@lab.initech.example", "2026-04-06T20:00:00Z");
            commit(git, "Olu Ade", "olu.ade@globex.example", "2026-04-07T20:00:00Z");
            commit(git, "José García", "jose.garcia@acme.example", "2026-04-08T09:00:00Z");
        }
    }

    private static void commit(Git git, String name, String email, String when) throws Exception {
        PersonIdent author = new PersonIdent(name, email, Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
        Path file = git.getRepository().getWorkTree().toPath().resolve("log.txt");
        Files.writeString(file, when + " " + email + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        git.add().addFilepattern(".").call();
        git.commit().setAuthor(author).setCommitter(author).setMessage("Work of " + when).call();
    }

    @Test
    @SuppressWarnings("unchecked")
    void suggestionsFindThePeopleAcceptingMergesThemAndUndoingRestoresTheExactEarlierState() throws Exception {
        Api api = new Api(client.toBlocking());
        Map<String, Object> installation = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", GIT, "name", "People history",
                        "config", Map.of("path", repository.toString(), "branch", "main")))));
        Map<String, Object> run = api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/installations/" + installation.get("id") + "/syncs", "")));
        Map<String, Object> finished = api.await("/api/v1/syncs/" + run.get("id"), r -> r.get("finishedAt") != null);
        assertEquals("SUCCEEDED", finished.get("status"), finished.toString());
        assertEquals(15, finished.get("created"));

        long joseWork = member("jose.garcia@acme.example");
        long josePersonal = member("jgarcia.dev@gmail.com");
        long priyaWork = member("priya@globex.example");
        long priyaPersonal = member("priya@fastmail.com");
        long priyaGitHub = member("4242+ppatel@users.noreply.github.com");
        long chenWork = member("wei.chen@initech.example");
        long chenLab = member("weichen@lab.initech.example");
        long oluConsulting = member("olu@ade-consulting.example");
        long oluGlobex = member("olu.ade@globex.example");
        assertEquals(priyaGitHub, member("ppatel@users.noreply.github.com"),
                "both GitHub no-reply forms of one account resolve to one person");
        assertEquals(13, jdbc.count("SELECT COUNT(*) FROM member"),
                "fourteen addresses, thirteen people: the two no-reply forms are one account");

        api.json(api.asAdmin(HttpRequest.POST("/api/v1/people/suggestions/refresh", "")));
        List<Map<String, Object>> suggestions = list(api, "/api/v1/people/suggestions");
        Set<String> found = suggestions.stream()
                .map(s -> memberIds(s) + " " + s.get("reason") + " "
                        + new BigDecimal(s.get("confidence").toString()).stripTrailingZeros().toPlainString())
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                pair(joseWork, josePersonal) + " same full name 0.7",
                pair(priyaWork, priyaPersonal) + " same full name; similar emails 0.7",
                pair(priyaWork, priyaGitHub) + " same full name 0.7",
                pair(priyaPersonal, priyaGitHub) + " same full name 0.7",
                pair(chenWork, chenLab) + " similar emails 0.6",
                pair(oluConsulting, oluGlobex) + " same full name 0.7"), found);

        List<Map<String, Object>> garcias = list(api, "/api/v1/people?query=GARC");
        assertEquals(List.of(joseWork, josePersonal), garcias.stream()
                .map(p -> ((Number) p.get("id")).longValue()).sorted().toList());
        Map<String, Object> jose = garcias.stream().filter(p -> ((Number) p.get("id")).longValue() == joseWork)
                .findFirst().orElseThrow();
        assertEquals("acme-example", ((Map<String, Object>) jose.get("organization")).get("slug"));
        assertEquals(List.of("jose.garcia@acme.example"), ((List<Map<String, Object>>) jose.get("identities"))
                .stream().map(i -> i.get("email")).toList());

        List<String> before = snapshot();
        List<Long> mergeIds = new ArrayList<>();
        for (long[] pair : List.of(new long[] {joseWork, josePersonal}, new long[] {priyaWork, priyaPersonal},
                new long[] {priyaWork, priyaGitHub}, new long[] {chenWork, chenLab},
                new long[] {oluConsulting, oluGlobex})) {
            Map<String, Object> merge = accept(api, pair[0], pair[1]);
            assertEquals(Math.min(pair[0], pair[1]), ((Number) merge.get("targetMemberId")).longValue(),
                    "the newer person is merged into the older");
            mergeIds.add(((Number) merge.get("id")).longValue());
        }
        assertEquals(List.of(), list(api, "/api/v1/people/suggestions"),
                "the Priya pair left over named a person merged since: obsolete");

        Map<String, Object> priya = api.json(api.asAdmin(HttpRequest.GET("/api/v1/people/" + priyaWork)));
        assertEquals(4, ((List<?>) priya.get("identities")).size());
        assertEquals("globex-example", ((Map<String, Object>) priya.get("organization")).get("slug"));
        Map<String, Object> mergedAway = api.json(api.asAdmin(HttpRequest.GET("/api/v1/people/" + priyaGitHub)));
        assertEquals(priyaWork, ((Number) mergedAway.get("mergedIntoId")).longValue());
        assertEquals("acme-example", organizationOf("jgarcia.dev@gmail.com"),
                "José's personal commits now count for his employer");
        assertEquals(String.valueOf(mergeIds.get(3)), jdbc.value("SELECT set_aside_by_merge_id FROM affiliation"
                + " WHERE member_id = ?", chenLab), "Chen's second Initech period overlapped: set aside");
        assertEquals(2, jdbc.count("SELECT COUNT(*) FROM affiliation WHERE member_id = ?", oluConsulting),
                "Olu's Globex affiliation moved to him");
        assertNotEquals(before, snapshot());

        for (int i = mergeIds.size() - 1; i >= 0; i--) {
            Map<String, Object> undone = api.json(api.asAdmin(HttpRequest.POST(
                    "/api/v1/people/merges/" + mergeIds.get(i) + "/undo", "")));
            assertEquals("api-admin", undone.get("undoneBy"), undone.toString());
        }
        assertEquals(before, snapshot(), "identities, affiliations and attribution are exactly as before");
        Api.Answer again = api.send(api.asAdmin(HttpRequest.POST("/api/v1/people/merges/" + mergeIds.get(0)
                + "/undo", "")));
        assertEquals(409, again.status());
        assertTrue(again.body().contains("was already undone"), again.body());

        api.json(api.asAdmin(HttpRequest.POST("/api/v1/people/suggestions/refresh", "")));
        List<Map<String, Object>> afterUndo = list(api, "/api/v1/people/suggestions");
        assertEquals(List.of(pair(priyaPersonal, priyaGitHub)), afterUndo.stream().map(s -> memberIds(s)).toList(),
                "the undone pairs are rejected for good; the pair that was only obsolete is pending again");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> accept(Api api, long a, long b) {
        Map<String, Object> suggestion = list(api, "/api/v1/people/suggestions").stream()
                .filter(s -> memberIds(s).equals(pair(a, b))).findFirst().orElseThrow();
        return api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/people/suggestions/" + suggestion.get("id") + "/accept", "")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Api api, String uri) {
        return (List<Map<String, Object>>) (List<?>) api.client().retrieve(api.asAdmin(HttpRequest.GET(uri)),
                Argument.listOf(Map.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> memberIds(Map<String, Object> suggestion) {
        return ((List<Number>) suggestion.get("memberIds")).stream().map(Number::longValue).toList();
    }

    private static List<Long> pair(long a, long b) {
        return List.of(Math.min(a, b), Math.max(a, b));
    }

    private long member(String email) {
        return jdbc.count("SELECT member_id FROM identity WHERE source = ? AND email = ?", GIT, email);
    }

    private String organizationOf(String email) {
        return jdbc.value("SELECT MIN(COALESCE(o.slug, 'independent')) FROM activity a JOIN identity i"
                + " ON i.id = a.identity_id LEFT JOIN organization o ON o.id = a.organization_id WHERE i.email = ?",
                email);
    }

    /** The rows the issue names: identities, affiliations and activities, as text. */
    private List<String> snapshot() {
        List<String> rows = new ArrayList<>(jdbc.column("SELECT 'identity ' || id || ' ' || member_id"
                + " FROM identity ORDER BY id"));
        rows.addAll(jdbc.column("SELECT 'affiliation ' || id || ' ' || member_id || ' ' || organization_id || ' '"
                + " || COALESCE(CAST(valid_from AS VARCHAR), '-') || ' ' || COALESCE(CAST(valid_to AS VARCHAR), '-')"
                + " || ' ' || COALESCE(CAST(set_aside_by_merge_id AS VARCHAR), '-') FROM affiliation ORDER BY id"));
        rows.addAll(jdbc.column("SELECT 'activity ' || id || ' ' || member_id || ' '"
                + " || COALESCE(CAST(organization_id AS VARCHAR), '-') FROM activity ORDER BY id"));
        return rows;
    }
}
