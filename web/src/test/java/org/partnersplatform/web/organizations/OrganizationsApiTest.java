package org.partnersplatform.web.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/** The organizations API: organizations, provisional ones, staff, domains, aliases and merges. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationsApiTest extends WebTestContext {

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

    @Test
    @SuppressWarnings("unchecked")
    void anOrganizationIsCreatedReadUpdatedAndFlaggedAsStaff() {
        Api.Answer created = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations", Map.of(
                "name", "Api Acme", "website", "https://acme.example", "country", "deu",
                "domains", List.of("Api-Acme.example")))));
        assertEquals(201, created.status(), created.body());
        assertEquals("/api/v1/organizations/api-acme", created.header("Location"));

        Map<String, Object> read = api().json(api().asAdmin(HttpRequest.GET("/api/v1/organizations/api-acme")));
        Map<String, Object> updated = api().json(api().asAdmin(HttpRequest.PUT("/api/v1/organizations/api-acme",
                Map.of("name", "Api Acme GmbH", "country", "AUT"))));
        Map<String, Object> staff = api().json(api().asAdmin(HttpRequest.PUT("/api/v1/organizations/api-acme/staff",
                Map.of("value", true))));
        List<Map<String, Object>> confirmed = (List<Map<String, Object>>) (List<?>) api().client().retrieve(
                api().asAdmin(HttpRequest.GET("/api/v1/organizations?status=confirmed")), Argument.listOf(Map.class));

        assertEquals(List.of("api-acme", "Api Acme", "DEU", "CONFIRMED", List.of("api-acme.example")),
                List.of(read.get("slug"), read.get("name"), read.get("country"), read.get("status"),
                        read.get("domains")));
        assertEquals(List.of("api-acme", "Api Acme GmbH", "AUT"), List.of(updated.get("slug"), updated.get("name"),
                updated.get("country")));
        assertNull(updated.get("website"), "a field left out is cleared");
        assertEquals(true, staff.get("staff"));
        assertTrue(confirmed.stream().anyMatch(o -> "api-acme".equals(o.get("slug"))));
    }

    @Test
    void badInputIs400WithProblemsAndAnUnknownSlugIs404() {
        Map<String, Object> invalid = api().json(api().asAdmin(HttpRequest.POST("/api/v1/organizations",
                Map.of("name", "", "country", "XX"))));
        Api.Answer noBody = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations", "")));
        Map<String, Object> status = api().json(api().asAdmin(HttpRequest.GET("/api/v1/organizations?status=gone")));
        Map<String, Object> staff = api().json(api().asAdmin(HttpRequest.PUT("/api/v1/organizations/nobody/staff",
                Map.of())));
        Api.Answer unknown = api().send(api().asAdmin(HttpRequest.GET("/api/v1/organizations/nobody")));
        Api.Answer unknownDomain = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/nobody/domains",
                Map.of("domain", "nobody.example"))));
        Api.Answer anonymous = api().send(HttpRequest.GET("/api/v1/organizations"));

        assertEquals("the organization is not valid", invalid.get("message"));
        assertEquals(Map.of("name", "is required: a name with a letter or digit, at most 200 characters",
                "country", "is an ISO 3166-1 alpha-3 code, e.g. DEU"), invalid.get("problems"));
        assertEquals(400, noBody.status(), noBody.body());
        assertEquals(Map.of("status", "is CONFIRMED, PROVISIONAL or DISMISSED"), status.get("problems"));
        assertEquals(Map.of("value", "is true or false"), staff.get("problems"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("no organization has the slug \\\"nobody\\\""), unknown.body());
        assertEquals(404, unknownDomain.status());
        assertEquals(401, anonymous.status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDomainIsGivenToOneOrganizationOnlyAndMovesItsPeopleAtOnce() {
        long pat = community().credit("pat@dom-owner.example", "Pat", "2024-05-02");
        assertEquals(List.of("independent"), community().organizationsOf(pat));
        community().organization("Dom Owner", "dom-owner.example");
        community().organization("Dom Other");
        assertEquals(List.of("dom-owner"), community().organizationsOf(pat));

        Api.Answer taken = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/dom-other/domains",
                Map.of("domain", "DOM-OWNER.example"))));
        Map<String, Object> personal = api().json(api().asAdmin(HttpRequest.POST(
                "/api/v1/organizations/dom-other/domains", Map.of("domain", "gmail.com"))));
        Api.Answer removed = api().send(api().asAdmin(HttpRequest.DELETE(
                "/api/v1/organizations/dom-owner/domains/dom-owner.example")));
        List<String> afterRemoval = community().organizationsOf(pat);
        Api.Answer given = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/dom-other/domains",
                Map.of("domain", "dom-owner.example"))));

        assertEquals(409, taken.status());
        assertTrue(taken.body().contains("the domain dom-owner.example belongs to Dom Owner (dom-owner)"),
                taken.body());
        assertTrue(((Map<String, String>) personal.get("problems")).get("domain").contains("personal mail"),
                personal.toString());
        assertEquals(204, removed.status());
        assertEquals(List.of("independent"), afterRemoval);
        assertEquals(201, given.status(), given.body());
        assertTrue(given.body().contains("\"domains\":[\"dom-owner.example\"]"), given.body());
        assertEquals(List.of("dom-other"), community().organizationsOf(pat));
    }

    @Test
    void aliasesAreAddedAndRemoved() {
        community().organization("Alias Co");

        Api.Answer added = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/alias-co/aliases",
                Map.of("alias", "Alias Company Ltd."))));
        Api.Answer removed = api().send(api().asAdmin(HttpRequest.DELETE(
                "/api/v1/organizations/alias-co/aliases/alias%20company%20ltd")));
        Api.Answer missing = api().send(api().asAdmin(HttpRequest.DELETE(
                "/api/v1/organizations/alias-co/aliases/unknown")));

        assertEquals(201, added.status(), added.body());
        assertTrue(added.body().contains("\"aliases\":[\"Alias Company Ltd.\"]"), added.body());
        assertEquals(204, removed.status(), removed.body());
        assertEquals(List.of(), api().json(api().asAdmin(HttpRequest.GET("/api/v1/organizations/alias-co")))
                .get("aliases"));
        assertEquals(404, missing.status());
    }

    @Test
    void aProvisionalOrganizationIsConfirmedUnderANameOrDismissedAndThenNotRecreated() {
        long pia = community().creditAllowingProvisional("pia@prov-one.example", "Pia", "2024-05-02");
        long pete = community().creditAllowingProvisional("pete@prov-two.example", "Pete", "2024-05-03");
        assertEquals(List.of("prov-one-example"), community().organizationsOf(pia));

        Map<String, Object> confirmed = api().json(api().asAdmin(HttpRequest.POST(
                "/api/v1/organizations/prov-one-example/confirm", Map.of("name", "Prov One"))));
        Map<String, Object> dismissed = api().json(api().asAdmin(HttpRequest.POST(
                "/api/v1/organizations/prov-two-example/dismiss", "")));
        Api.Answer notProvisional = api().send(api().asAdmin(HttpRequest.POST(
                "/api/v1/organizations/prov-one-example/dismiss", "")));
        long paul = community().creditAllowingProvisional("paul@prov-two.example", "Paul", "2024-05-04");

        assertEquals(List.of("CONFIRMED", "Prov One"), List.of(confirmed.get("status"), confirmed.get("name")));
        assertEquals(List.of("DISMISSED", List.of()), List.of(dismissed.get("status"), dismissed.get("domains")));
        assertEquals(409, notProvisional.status());
        assertTrue(notProvisional.body().contains("prov-one-example is confirmed, not provisional"),
                notProvisional.body());
        assertEquals(List.of("independent"), community().organizationsOf(pete));
        assertEquals(List.of("independent"), community().organizationsOf(paul), "no organization is made again");
    }

    @Test
    @SuppressWarnings("unchecked")
    void organizationsAreMergedAndTheMergeUndoneOnce() {
        community().organization("Merge Src", "merge-src.example");
        community().organization("Merge Dst");
        long mia = community().credit("mia@merge-src.example", "Mia", "2024-05-02");

        Api.Answer merged = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/merges",
                Map.of("source", "merge-src", "target", "merge-dst"))));
        List<Map<String, Object>> listed = (List<Map<String, Object>>) (List<?>) api().client().retrieve(
                api().asAdmin(HttpRequest.GET("/api/v1/organizations/merges")), Argument.listOf(Map.class));
        Map<String, Object> source = api().json(api().asAdmin(HttpRequest.GET("/api/v1/organizations/merge-src")));
        List<String> whileMerged = community().organizationsOf(mia);
        Object id = listed.get(0).get("id");
        Map<String, Object> undone = api().json(api().asAdmin(HttpRequest.POST(
                "/api/v1/organizations/merges/" + id + "/undo", "")));
        Api.Answer twice = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/merges/" + id + "/undo",
                "")));
        Api.Answer unknown = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/merges/987654/undo",
                "")));
        Api.Answer itself = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/merges",
                Map.of("source", "merge-dst", "target", "merge-dst"))));

        assertEquals(201, merged.status(), merged.body());
        assertTrue(merged.body().contains("\"source\":\"merge-src\",\"target\":\"merge-dst\""), merged.body());
        assertEquals(List.of("merge-src", 1, 1), List.of(listed.get(0).get("source"), listed.get(0).get("domains"),
                listed.get(0).get("affiliations")));
        assertEquals("merge-dst", source.get("mergedInto"));
        assertEquals(List.of("merge-dst"), whileMerged);
        assertTrue(undone.get("undoneBy") != null && undone.get("undoneAt") != null, undone.toString());
        assertEquals(List.of("merge-src"), community().organizationsOf(mia));
        assertEquals(409, twice.status());
        assertTrue(twice.body().contains("was undone already"), twice.body());
        assertEquals(404, unknown.status());
        assertEquals(400, itself.status());
    }
}
