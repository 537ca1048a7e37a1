package org.partnersplatform.web.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/** A person's dated affiliations through the API, and what they do to the activities and the monthly ranking. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffiliationsApiTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    private Map<String, String> properties;
    private Community community;

    @Override
    public Map<String, String> getProperties() {
        properties = new HashMap<>(super.getProperties());
        return properties;
    }

    private Api api() {
        return new Api(client.toBlocking());
    }

    private synchronized Community community() {
        if (community == null) {
            community = new Community(api(), new Jdbc(properties));
        }
        return community;
    }

    private static Map<String, Object> affiliation(String organization, String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", organization);
        body.put("from", from);
        body.put("to", to);
        return body;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(long memberId) {
        return (List<Map<String, Object>>) (List<?>) api().client().retrieve(api().asAdmin(HttpRequest.GET(
                "/api/v1/people/" + memberId + "/affiliations")), Argument.listOf(Map.class));
    }

    @Test
    void anAffiliationHasItsOrganizationDatesOriginNoteAndState() {
        community().organization("Shape Co");
        long sam = community().credit("sam@gmail.com", "Sam", "2024-05-02");
        Map<String, Object> body = affiliation("shape-co", "2024-01-01", "2024-12-31");
        body.put("note", "contract");

        Api.Answer added = api().send(api().asAdmin(HttpRequest.POST("/api/v1/people/" + sam + "/affiliations",
                body)));

        assertEquals(201, added.status(), added.body());
        Map<String, Object> listed = list(sam).get(0);
        assertEquals(List.of("id", "memberId", "organization", "from", "to", "origin", "note", "setAside"),
                List.copyOf(listed.keySet()));
        assertEquals(Map.of("slug", "shape-co", "name", "Shape Co"), listed.get("organization"));
        assertEquals(List.of(sam, "2024-01-01", "2024-12-31", "MANUAL", "contract", false), List.of(
                ((Number) listed.get("memberId")).longValue(), listed.get("from"), listed.get("to"),
                listed.get("origin"), listed.get("note"), listed.get("setAside")));
        assertEquals("/api/v1/people/" + sam + "/affiliations/" + listed.get("id"), added.header("Location"));
        assertEquals(List.of("shape-co"), community().organizationsOf(sam));
    }

    @Test
    void overlappingRangesForOnePersonAndOrganizationAre409WithAMessageNamingTheExistingOne() {
        community().organization("Overlap Co");
        long olga = community().credit("olga@gmail.com", "Olga", "2024-05-02");
        Map<String, Object> first = api().json(api().asAdmin(HttpRequest.POST(
                "/api/v1/people/" + olga + "/affiliations", affiliation("overlap-co", "2024-01-01", "2024-06-30"))));

        Api.Answer refused = api().send(api().asAdmin(HttpRequest.POST("/api/v1/people/" + olga + "/affiliations",
                affiliation("overlap-co", "2024-06-01", null))));

        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("already has affiliation #" + first.get("id") + " with Overlap Co from"
                + " 2024-01-01 to 2024-06-30 (MANUAL), which overlaps from 2024-06-01 on"), refused.body());
        assertEquals(1, list(olga).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonWhoMovesFromAToBOnADateCountsForABeforeAndForBAfter() {
        community().organization("Move A", "move-a.example");
        community().organization("Move B");
        long mo = community().credit("mo@move-a.example", "Mo", "2024-01-15");
        community().credit("mo@move-a.example", "Mo", "2024-02-20");
        community().credit("mo@move-a.example", "Mo", "2024-03-05");
        community().credit("mo@move-a.example", "Mo", "2024-04-10");
        Map<String, Object> move = affiliation("move-b", "2024-03-01", null);
        move.put("endPrevious", true);

        Api.Answer moved = api().send(api().asAdmin(HttpRequest.POST("/api/v1/people/" + mo + "/affiliations", move)));

        assertEquals(201, moved.status(), moved.body());
        assertEquals(List.of("move-a MANUAL null 2024-02-29", "move-b MANUAL 2024-03-01 null"), list(mo).stream()
                .map(a -> ((Map<String, Object>) a.get("organization")).get("slug") + " " + a.get("origin") + " "
                        + a.get("from") + " " + a.get("to")).toList());
        assertEquals(List.of("move-a", "move-a", "move-b", "move-b"), community().organizationsOf(mo));
        assertEquals(List.of("move-a"), ranked("2024-02"));
        assertEquals(List.of("move-b"), ranked("2024-03"));
    }

    @Test
    void anAffiliationIsEditedAndDeleted() {
        community().organization("Edit Co", "edit-co.example");
        community().organization("Edit Other");
        long eve = community().credit("eve@edit-co.example", "Eve", "2024-05-02");
        Object automatic = list(eve).get(0).get("id");
        assertEquals("EMAIL_DOMAIN", list(eve).get(0).get("origin"));

        Map<String, Object> edited = api().json(api().asAdmin(HttpRequest.PUT(
                "/api/v1/people/" + eve + "/affiliations/" + automatic, affiliation("edit-other", "2024-01-01",
                        null))));
        List<String> afterEdit = community().organizationsOf(eve);
        Api.Answer deleted = api().send(api().asAdmin(HttpRequest.DELETE(
                "/api/v1/people/" + eve + "/affiliations/" + automatic)));
        Api.Answer again = api().send(api().asAdmin(HttpRequest.DELETE(
                "/api/v1/people/" + eve + "/affiliations/" + automatic)));

        assertEquals("MANUAL", edited.get("origin"), "edited by hand, the automatic affiliation became manual");
        assertEquals(List.of("edit-other"), afterEdit);
        assertEquals(204, deleted.status());
        assertEquals(List.of(), list(eve));
        assertEquals(List.of("independent"), community().organizationsOf(eve));
        assertEquals(404, again.status());
        assertTrue(again.body().contains("member #" + eve + " has no affiliation #" + automatic), again.body());
    }

    @Test
    void badInputIs400WithProblemsAndAnUnknownMemberIs404() {
        long bo = community().credit("bo@gmail.com", "Bo", "2024-05-02");
        Map<String, Object> bad = affiliation("nowhere", "2024-02-30", null);
        bad.put("origin", "EMAIL_DOMAIN");

        Map<String, Object> refused = api().json(api().asAdmin(HttpRequest.POST(
                "/api/v1/people/" + bo + "/affiliations", bad)));
        Api.Answer noBody = api().send(api().asAdmin(HttpRequest.POST("/api/v1/people/" + bo + "/affiliations", "")));
        Api.Answer unknown = api().send(api().asAdmin(HttpRequest.POST("/api/v1/people/987654321/affiliations",
                affiliation("nowhere", null, null))));
        Api.Answer anonymous = api().send(HttpRequest.GET("/api/v1/people/" + bo + "/affiliations"));

        assertEquals("the affiliation is not valid", refused.get("message"));
        assertEquals(Map.of("organization", "no organization has the slug, alias or name \"nowhere\"",
                "from", "\"2024-02-30\" is not a date YYYY-MM-DD",
                "origin", "is MANUAL, SELF_DECLARED or IMPORT (EMAIL_DOMAIN is set by the domain rule only)"),
                refused.get("problems"));
        assertEquals(400, noBody.status());
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("there is no member #987654321"), unknown.body());
        assertEquals(401, anonymous.status());
        assertFalse(list(bo).iterator().hasNext());
    }

    @SuppressWarnings("unchecked")
    private List<Object> ranked(String month) {
        Map<String, Object> board = api().json(HttpRequest.GET("/api/v1/leaderboards/organizations?month=" + month));
        return ((List<Map<String, Object>>) board.get("entries")).stream().map(e -> e.get("slug"))
                .filter(slug -> slug.toString().startsWith("move-")).toList();
    }
}
