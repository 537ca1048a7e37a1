package org.partnersplatform.web.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * The people API and admin pages around one small git history: validation answers 4xx with a message, the flags,
 * a manual merge and a split, identity rules, and the pages an administrator works on.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleApiTest extends WebTestContext {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    @Client("/")
    HttpClient client;

    private Api api;
    private Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        jdbc = new Jdbc(properties);
        return properties;
    }

    @BeforeAll
    void syncHistory() throws Exception {
        Path repository = Files.createDirectories(dataDir.resolve("people-api"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commit(git, "Greta Gray", "greta@acme.example", "2026-05-02T09:00:00Z");
            commit(git, "Greta Gray", "greta.g@gmail.com", "2026-05-03T09:00:00Z");
            commit(git, "Hal Lone", "hal@globex.example", "2026-05-04T09:00:00Z");
            commit(git, "Hal L.", "hal.lone@gmail.com", "2026-05-05T09:00:00Z");
            commit(git, "Kim Kit", "kim@initech.example", "2026-05-06T09:00:00Z");
            commit(git, "Kim Kit (laptop)", "kim.kit@gmail.com", "2026-05-07T09:00:00Z");
            commit(git, "Lou Page", "lou@umbrella.example", "2026-05-08T09:00:00Z");
        }
        api = new Api(client.toBlocking());
        Map<String, Object> installation = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.git", "name", "People API history",
                        "config", Map.of("path", repository.toString(), "branch", "main")))));
        Map<String, Object> run = api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/installations/" + installation.get("id") + "/syncs", "")));
        Map<String, Object> finished = api.await("/api/v1/syncs/" + run.get("id"), r -> r.get("finishedAt") != null);
        assertEquals("SUCCEEDED", finished.get("status"), finished.toString());
    }

    private static void commit(Git git, String name, String email, String when) throws Exception {
        PersonIdent author = new PersonIdent(name, email, Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
        Path file = git.getRepository().getWorkTree().toPath().resolve("log.txt");
        Files.writeString(file, when + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        git.add().addFilepattern(".").call();
        git.commit().setAuthor(author).setCommitter(author).setMessage("Work of " + when).call();
    }

    @Test
    void validationErrorsAreClientErrorsWithAMessage() {
        long greta = member("greta@acme.example");
        assertAnswer(404, "there is no member #987654", HttpRequest.GET("/api/v1/people/987654"));
        assertEquals("is between 1 and 200", problems(HttpRequest.GET("/api/v1/people?size=0")).get("size"));
        assertEquals(List.of("sourceMemberId", "targetMemberId"), problems(HttpRequest.POST("/api/v1/people/merges",
                Map.of())).keySet().stream().sorted().toList());
        assertAnswer(409, "cannot be merged into itself", HttpRequest.POST("/api/v1/people/merges",
                Map.of("targetMemberId", greta, "sourceMemberId", greta)));
        assertAnswer(404, "there is no member #987654", HttpRequest.POST("/api/v1/people/merges",
                Map.of("targetMemberId", greta, "sourceMemberId", 987654)));
        assertAnswer(400, "the body is missing", HttpRequest.POST("/api/v1/people/merges", ""));
        assertEquals("names at least one identity of member #" + greta, problems(HttpRequest.POST(
                "/api/v1/people/" + greta + "/split", Map.of("identityIds", List.of()))).get("identityIds"));
        assertEquals("is required: true or false", problems(HttpRequest.PUT("/api/v1/people/" + greta + "/locked",
                Map.of())).get("value"));
        assertEquals("is EMAIL or USERNAME, not PHONE", problems(HttpRequest.POST("/api/v1/people/identity-rules",
                Map.of("field", "PHONE", "value", "555", "memberId", greta))).get("field"));
        assertAnswer(404, "there is no merge suggestion #987654",
                HttpRequest.POST("/api/v1/people/suggestions/987654/accept", ""));
        assertAnswer(404, "there is no merge #987654", HttpRequest.POST("/api/v1/people/merges/987654/undo", ""));
        assertAnswer(404, "there is no identity rule #987654",
                HttpRequest.DELETE("/api/v1/people/identity-rules/987654"));
        int notANumber = api.send(api.asAdmin(HttpRequest.GET("/api/v1/people/abc"))).status();
        assertTrue(notANumber >= 400 && notANumber < 500, "a person id that is not a number: " + notANumber);
        assertEquals(401, api.send(HttpRequest.GET("/api/v1/people/suggestions")).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorMergesSplitsAndFlagsPeopleThroughTheApi() {
        long hal = member("hal@globex.example");
        long halHome = member("hal.lone@gmail.com");
        Api.Answer created = api.send(api.asAdmin(HttpRequest.POST("/api/v1/people/merges",
                Map.of("targetMemberId", hal, "sourceMemberId", halHome, "reason", "asked by Hal"))));
        assertEquals(201, created.status(), created.body());
        Map<String, Object> merge = api.json(api.asAdmin(HttpRequest.GET(created.header("Location"))));
        assertEquals("asked by Hal", merge.get("reason"));
        assertEquals(false, merge.get("automatic"));
        assertEquals(List.of(merge), list("/api/v1/people/merges?memberId=" + hal));

        Map<String, Object> person = api.json(api.asAdmin(HttpRequest.GET("/api/v1/people/" + hal)));
        List<Map<String, Object>> identities = (List<Map<String, Object>>) person.get("identities");
        assertEquals(List.of("hal@globex.example", "hal.lone@gmail.com"), identities.stream()
                .map(i -> i.get("email")).toList());
        Object homeIdentity = identities.get(1).get("id");
        Api.Answer split = api.send(api.asAdmin(HttpRequest.POST("/api/v1/people/" + hal + "/split",
                Map.of("identityIds", List.of(homeIdentity)))));
        assertEquals(201, split.status(), split.body());
        Map<String, Object> newcomer = api.json(api.asAdmin(HttpRequest.GET(split.header("Location"))));
        assertEquals("Hal L.", newcomer.get("displayName"));
        assertNull(newcomer.get("organization"), "a gmail address says nothing about an employer");

        Map<String, Object> locked = api.json(api.asAdmin(HttpRequest.PUT("/api/v1/people/" + hal + "/locked",
                Map.of("value", true))));
        assertEquals(true, locked.get("locked"));
        Map<String, Object> bot = api.json(api.asAdmin(HttpRequest.PUT("/api/v1/people/" + hal + "/bot",
                Map.of("value", true))));
        assertEquals(true, bot.get("bot"));
        assertEquals(true, bot.get("locked"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIdentityRuleMovesMatchingIdentitiesAsAnAutomaticMerge() {
        long kim = member("kim@initech.example");
        long laptop = member("kim.kit@gmail.com");
        Map<String, Object> applied = api.json(api.asAdmin(HttpRequest.POST("/api/v1/people/identity-rules",
                Map.of("field", "EMAIL", "value", "Kim.Kit@Gmail.com", "memberId", kim))));
        Map<String, Object> rule = (Map<String, Object>) applied.get("rule");
        assertEquals("kim.kit@gmail.com", rule.get("value"), applied.toString());
        assertEquals("EMAIL", rule.get("field"));
        List<Map<String, Object>> merges = (List<Map<String, Object>>) applied.get("merges");
        assertEquals(1, merges.size());
        assertEquals(true, merges.get(0).get("automatic"));
        assertEquals("identity rule #" + rule.get("id"), merges.get(0).get("reason"));
        assertEquals(laptop, ((Number) merges.get(0).get("sourceMemberId")).longValue());
        assertEquals(merges, list("/api/v1/people/merges?memberId=" + kim));
        assertTrue(list("/api/v1/people/identity-rules").contains(rule));

        assertEquals(204, api.send(api.asAdmin(HttpRequest.DELETE("/api/v1/people/identity-rules/"
                + rule.get("id")))).status());
        assertTrue(list("/api/v1/people/identity-rules").stream().noneMatch(r -> r.get("id").equals(rule.get("id"))));
        assertEquals(String.valueOf(kim), jdbc.value("SELECT member_id FROM identity WHERE email = ?",
                "kim.kit@gmail.com"), "deleting a rule leaves its merges: they are undone one by one");
    }

    @Test
    void theAdminPagesShowAPersonAndCarryOutTheirActions() {
        long greta = member("greta@acme.example");
        long gretaHome = member("greta.g@gmail.com");
        Api.Answer people = page("/admin/people?query=greta");
        assertEquals(200, people.status());
        assertTrue(people.body().contains("/admin/people/" + greta) && people.body().contains("greta.g@gmail.com"),
                people.body());
        assertTrue(people.body().contains("/admin/people/suggestions") && people.body().contains("/admin/people/rules")
                && people.body().contains("/admin/people/merges"));

        Api.Answer person = page("/admin/people/" + greta);
        assertEquals(200, person.status());
        for (String expected : List.of("greta@acme.example", "acme.example", "/admin/people/" + greta
                + "/affiliations", "/admin/people/" + greta + "/privacy", "People API history", "Lock")) {
            assertTrue(person.body().contains(expected), expected + " on the person's page");
        }

        Api.Answer invalid = api.send(form("/admin/people/" + greta + "/merge", Map.of("sourceMemberId", "abc")));
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("sourceMemberId: is a member or identity number"), invalid.body());
        Api.Answer itself = api.send(form("/admin/people/" + greta + "/merge",
                Map.of("sourceMemberId", String.valueOf(greta))));
        assertEquals(409, itself.status());
        assertTrue(itself.body().contains("cannot be merged into itself"), itself.body());

        Api.Answer refreshed = api.send(form("/admin/people/suggestions/refresh", Map.of()));
        assertEquals(303, refreshed.status());
        Api.Answer suggestions = page(refreshed.header("Location"));
        assertTrue(suggestions.body().contains("Looked again") && suggestions.body().contains("/admin/people/"
                + gretaHome) && suggestions.body().contains("same full name"), suggestions.body());

        Api.Answer merged = api.send(form("/admin/people/" + greta + "/merge",
                Map.of("sourceMemberId", String.valueOf(gretaHome), "reason", "same Greta")));
        assertEquals(303, merged.status(), merged.body());
        assertEquals(String.valueOf(greta), jdbc.value("SELECT merged_into_id FROM member WHERE id = ?", gretaHome));
        Api.Answer merges = page("/admin/people/merges");
        assertTrue(merges.body().contains("same Greta") && merges.body().contains("Undo"), merges.body());
        Api.Answer afterMerge = page("/admin/people/" + greta);
        assertTrue(afterMerge.body().contains("greta.g@gmail.com") && afterMerge.body().contains("Split the checked"));
        long mergeId = jdbc.count("SELECT id FROM member_merge WHERE source_member_id = ?", gretaHome);
        assertEquals(303, api.send(form("/admin/people/" + greta + "/merges/" + mergeId + "/undo", Map.of()))
                .status());
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM member WHERE id = ? AND merged_into_id IS NOT NULL",
                gretaHome));

        assertEquals(303, api.send(form("/admin/people/" + greta + "/locked", Map.of("value", "true"))).status());
        assertTrue(page("/admin/people/" + greta).body().contains("Unlock"));

        Api.Answer badRule = api.send(form("/admin/people/rules", Map.of("field", "EMAIL", "value", "nobody",
                "memberId", String.valueOf(greta))));
        assertEquals(400, badRule.status());
        assertTrue(badRule.body().contains("value: is an email address"), badRule.body());
        Api.Answer lockedRule = api.send(form("/admin/people/rules", Map.of("field", "EMAIL",
                "value", "greta@old.example", "memberId", String.valueOf(greta))));
        assertEquals(409, lockedRule.status());
        assertTrue(lockedRule.body().contains("is locked"), lockedRule.body());
        Api.Answer lou = api.send(form("/admin/people/rules", Map.of("field", "USERNAME", "value", "loupage",
                "memberId", String.valueOf(member("lou@umbrella.example")))));
        assertEquals(303, lou.status(), lou.body());
        assertTrue(page("/admin/people/rules").body().contains("loupage"));
    }

    private long member(String email) {
        return jdbc.count("SELECT member_id FROM identity WHERE email = ?", email);
    }

    private void assertAnswer(int status, String message, MutableHttpRequest<?> request) {
        Api.Answer answer = api.send(api.asAdmin(request));
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains(message), answer.body());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problems(MutableHttpRequest<?> request) {
        Map<String, Object> answer = api.json(api.asAdmin(request));
        assertTrue(answer.get("message") instanceof String, answer.toString());
        return (Map<String, Object>) answer.get("problems");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String uri) {
        return (List<Map<String, Object>>) (List<?>) api.client().retrieve(api.asAdmin(HttpRequest.GET(uri)),
                Argument.listOf(Map.class));
    }

    private Api.Answer page(String uri) {
        return api.send(api.asAdmin(HttpRequest.GET(uri)).header("Accept", BROWSER_ACCEPT));
    }

    private MutableHttpRequest<?> form(String uri, Map<String, String> fields) {
        return api.asAdmin(HttpRequest.POST(uri, new LinkedHashMap<>(fields))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept", BROWSER_ACCEPT));
    }
}
