package org.partnersplatform.web.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
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

/** Claims: submitted by anyone on the public form or the API, decided by an administrator. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsTest extends WebTestContext {

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

    private static Map<String, Object> claim(long memberId, String organization, String from) {
        return Map.of("memberId", memberId, "organization", organization, "from", from,
                "evidence", "https://example.org/team lists them", "claimantName", "Rita",
                "claimantEmail", "rita@claims.example", "role", "PERSON");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> claims(String status) {
        return (List<Map<String, Object>>) (List<?>) api().client().retrieve(api().asAdmin(HttpRequest.GET(
                "/api/v1/claims?status=" + status)), Argument.listOf(Map.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnonymousClaimApprovedByAnAdministratorBecomesASelfDeclaredAffiliation() {
        community().organization("Claimed Co");
        long cora = community().credit("cora@gmail.com", "Cora", "2024-05-05");

        Api.Answer submitted = api().send(HttpRequest.POST("/api/v1/claims", claim(cora, "Claimed Co",
                "2024-05-01")));
        assertEquals(201, submitted.status(), submitted.body());
        assertTrue(submitted.body().contains("\"status\":\"PENDING\""), submitted.body());
        assertFalse(submitted.body().contains("rita@claims.example"), "the anonymous answer echoes nothing");
        Map<String, Object> pending = claims("PENDING").get(0);
        Object id = pending.get("id");

        Map<String, Object> approved = api().json(api().asAdmin(HttpRequest.POST("/api/v1/claims/" + id + "/approve",
                Map.of("note", "the team page lists her"))));
        Api.Answer again = api().send(api().asAdmin(HttpRequest.POST("/api/v1/claims/" + id + "/reject", "")));

        assertEquals(List.of("rita@claims.example", "Cora", "PERSON"), List.of(pending.get("claimantEmail"),
                pending.get("memberName"), pending.get("role")));
        assertEquals(List.of("APPROVED", "the team page lists her", "api-admin"), List.of(approved.get("status"),
                approved.get("decisionNote"), approved.get("decidedBy")));
        assertNotNull(approved.get("decidedAt"));
        Map<String, Object> affiliation = (Map<String, Object>) (Map<?, ?>) api().client().retrieve(api().asAdmin(
                HttpRequest.GET("/api/v1/people/" + cora + "/affiliations")), Argument.listOf(Map.class)).get(0);
        assertEquals(List.of("SELF_DECLARED", "2024-05-01", approved.get("affiliationId")), List.of(
                affiliation.get("origin"), affiliation.get("from"), affiliation.get("id")));
        assertEquals(List.of("claimed-co"), community().organizationsOf(cora));
        assertEquals(409, again.status());
    }

    @Test
    void aRejectedClaimAddsNothingAndAnOverlappingOneStaysPending() {
        community().organization("Overlap Claim");
        long otto = community().credit("otto@gmail.com", "Otto", "2024-05-05");
        api().send(api().asAdmin(HttpRequest.POST("/api/v1/people/" + otto + "/affiliations",
                Map.of("organization", "overlap-claim", "from", "2024-01-01"))));
        Object rejectedId = api().json(HttpRequest.POST("/api/v1/claims", claim(otto, "overlap-claim", "2023-01-01")))
                .get("id");
        Object overlappingId = api().json(HttpRequest.POST("/api/v1/claims", claim(otto, "overlap-claim",
                "2024-01-01"))).get("id");

        Map<String, Object> rejected = api().json(api().asAdmin(HttpRequest.POST(
                "/api/v1/claims/" + rejectedId + "/reject", Map.of("note", "no evidence"))));
        Api.Answer overlapping = api().send(api().asAdmin(HttpRequest.POST(
                "/api/v1/claims/" + overlappingId + "/approve", "")));

        assertEquals(List.of("REJECTED", "no evidence"), List.of(rejected.get("status"), rejected.get("decisionNote")));
        assertEquals(409, overlapping.status());
        assertTrue(overlapping.body().contains("with Overlap Claim from 2024-01-01 on (MANUAL)"), overlapping.body());
        assertEquals("PENDING", api().json(api().asAdmin(HttpRequest.GET("/api/v1/claims/" + overlappingId)))
                .get("status"));
        assertEquals(1, api().client().retrieve(api().asAdmin(HttpRequest.GET(
                "/api/v1/people/" + otto + "/affiliations")), Argument.listOf(Map.class)).size());
    }

    @Test
    void anInvalidClaimIs400WithAProblemPerFieldAndTheListIsForAdministratorsOnly() {
        Map<String, Object> refused = api().json(HttpRequest.POST("/api/v1/claims", Map.of("memberId", 987654321,
                "organization", "nowhere", "from", "May", "evidence", "", "claimantName", "R",
                "claimantEmail", "no", "role", "BOSS")));
        Api.Answer list = api().send(HttpRequest.GET("/api/v1/claims"));
        Api.Answer decide = api().send(HttpRequest.POST("/api/v1/claims/1/approve", ""));

        assertEquals("the claim is not valid", refused.get("message"));
        assertEquals(Map.of("memberId", "is no person on this site",
                "organization", "no organization has the slug, alias or name \"nowhere\"",
                "from", "\"May\" is not a date YYYY-MM-DD",
                "evidence", "is required, at most 2000 characters",
                "claimantEmail", "is an email address",
                "role", "is PERSON (the claim is about you) or REPRESENTATIVE (of the organization)"),
                refused.get("problems"));
        assertEquals(401, list.status());
        assertEquals(401, decide.status());
    }

    @Test
    void thePublicFormSendsAClaimAndSaysAnAdministratorWillReviewIt() {
        community().organization("Form Co");
        long fay = community().credit("fay@gmail.com", "Fay Former", "2024-05-05");

        Api.Answer form = api().send(HttpRequest.GET("/claims/new?member=" + fay).header("Accept",
                Community.BROWSER));
        Api.Answer sent = api().send(HttpRequest.POST("/claims", Map.of("memberId", Long.toString(fay),
                "organization", "Form Co", "from", "2024-02-01", "to", "", "evidence", "My profile: https://x.example",
                "claimantName", "Fay", "claimantEmail", "fay@gmail.com", "role", "PERSON"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept", Community.BROWSER));
        Api.Answer invalid = api().send(HttpRequest.POST("/claims", Map.of("memberId", Long.toString(fay),
                "organization", "Form Co", "from", "", "evidence", "x", "claimantName", "Fay",
                "claimantEmail", "fay@gmail.com", "role", "PERSON"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept", Community.BROWSER));

        assertEquals(200, form.status());
        assertTrue(form.body().contains("Fay Former") && form.body().contains("name=\"evidence\""), form.body());
        assertEquals(201, sent.status(), sent.body());
        assertTrue(sent.body().contains("An administrator will review it"), sent.body());
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("is required: the first day at the organization"), invalid.body());
        assertTrue(invalid.body().contains("value=\"Form Co\""), "what was typed is kept");
        assertTrue(claims("PENDING").stream().anyMatch(c -> "Form Co".equals(((Map<?, ?>) c.get("organization"))
                .get("name"))));
    }
}
