package org.partnersplatform.web.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * The eligibility report, memberships, grandfathering, users and the reviewer-only conduct register through the API
 * and the admin pages, under the built-in (Mautic) policy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityWebTest extends WebTestContext {

    private static final String REVIEWER_PASSWORD = "reviewers read the register";
    private static final String BROWSER = "text/html";

    @Inject
    @Client("/")
    HttpClient client;

    private Jdbc jdbc;
    private String reviewerCookie;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        jdbc = new Jdbc(properties);
        return properties;
    }

    private Api api() {
        return new Api(client.toBlocking());
    }

    private void organization(String slug, String name, String country) {
        if (jdbc.count("SELECT COUNT(*) FROM organization WHERE slug = ?", slug) == 0) {
            jdbc.update("INSERT INTO organization (slug, name, country, status, staff, created_at)"
                    + " VALUES (?, ?, ?, 'CONFIRMED', FALSE, ?)", slug, name, country, Timestamp.from(Instant.now()));
        }
    }

    private synchronized String reviewer() {
        if (reviewerCookie == null) {
            Api.Answer created = api().send(api().asAdmin(HttpRequest.POST("/api/v1/users",
                    Map.of("username", "rita", "password", REVIEWER_PASSWORD, "role", "REVIEWER"))));
            assertEquals(201, created.status(), created.body());
            assertFalse(created.body().contains(REVIEWER_PASSWORD), created.body());
            Api.Answer login = api().send(HttpRequest.POST("/login", Map.of("username", "rita", "password",
                    REVIEWER_PASSWORD)).contentType(MediaType.APPLICATION_FORM_URLENCODED));
            assertEquals(303, login.status(), login.body());
            String setCookie = login.header("Set-Cookie");
            reviewerCookie = setCookie.substring(0, setCookie.indexOf(';'));
        }
        return reviewerCookie;
    }

    private <B> MutableHttpRequest<B> asReviewer(MutableHttpRequest<B> request) {
        return request.header("Cookie", reviewer());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportSaysPerCriterionWhyWithItsEvidenceAndThePolicyVersion() {
        organization("quiet", "Quiet Co", "USA");
        Map<String, Object> report = api().json(api().asAdmin(HttpRequest.GET(
                "/api/v1/organizations/quiet/eligibility?asOf=2026-11-23")));
        assertEquals("mautic-2026.1", report.get("policyVersion"));
        assertEquals("2026-11-23", report.get("asOf"));
        assertEquals(false, report.get("eligible"));
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) report.get("criteria");
        assertEquals(List.of("PRACTICAL", "FINANCIAL", "CONDUCT"), criteria.stream().map(c -> c.get("criterion"))
                .toList());
        assertEquals("Contributions in Aug 2026 (0), Sep 2026 (0) and Oct 2026 (0): August, September and October"
                + " are below the minimum of 1. It can pass on 2027-02-01 at the earliest, if every month from Nov 2026"
                + " on meets the minimum.", criteria.get(0).get("summary"));
        assertEquals("2027-02-01", criteria.get(0).get("nextPassOn"));
        assertEquals(Map.of("period", "2026-08", "label", "accepted contributions", "value", "0", "required",
                "at least 1", "met", false), ((List<Object>) criteria.get(0).get("evidence")).get(0));
        assertEquals(true, criteria.get(2).get("passed"));

        Api.Answer badDate = api().send(api().asAdmin(HttpRequest.GET(
                "/api/v1/organizations/quiet/eligibility?asOf=23.11.2026")));
        assertEquals(400, badDate.status());
        assertTrue(badDate.body().contains("\"asOf\":\"is a date YYYY-MM-DD\""), badDate.body());
        assertEquals(404, api().send(api().asAdmin(HttpRequest.GET("/api/v1/organizations/nobody/eligibility")))
                .status());
        assertEquals(401, api().send(HttpRequest.GET("/api/v1/organizations/quiet/eligibility")).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterIsForReviewersOnlyAndTheReportShowsOnlyDatesAndCounts() {
        organization("rowdy", "Rowdy Co", "USA");
        Api.Answer asAdmin = api().send(api().asAdmin(HttpRequest.GET("/api/v1/conduct-incidents")));
        assertEquals(403, asAdmin.status(), asAdmin.body());
        Api.Answer adminRecords = api().send(api().asAdmin(HttpRequest.POST("/api/v1/conduct-incidents",
                Map.of("organization", "rowdy", "occurredOn", "2026-01-10", "summary", "x"))));
        assertEquals(403, adminRecords.status());

        Api.Answer recorded = api().send(asReviewer(HttpRequest.POST("/api/v1/conduct-incidents",
                Map.of("organization", "rowdy", "occurredOn", "2025-12-23", "outcome", "BREACH",
                        "summary", "Abusive messages in the chat"))));
        assertEquals(201, recorded.status(), recorded.body());
        Api.Answer invalid = api().send(asReviewer(HttpRequest.POST("/api/v1/conduct-incidents",
                Map.of("organization", "nobody", "occurredOn", "yesterday", "summary", "x"))));
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("\"organization\":\"is the slug of a known organization\"")
                && invalid.body().contains("\"occurredOn\":\"\\\"yesterday\\\" is not a date YYYY-MM-DD\""),
                invalid.body());
        List<Map<String, Object>> register = api().client().retrieve(asReviewer(
                HttpRequest.GET("/api/v1/conduct-incidents")), io.micronaut.core.type.Argument.listOf(
                        io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        Map<String, Object> listed = register.stream().filter(i -> "rowdy".equals(i.get("organization")))
                .findFirst().orElseThrow();
        assertEquals("Abusive messages in the chat", listed.get("summary"));
        assertEquals("BREACH", listed.get("outcome"));
        assertEquals("rita", listed.get("recordedBy"));

        Api.Answer report = api().send(asReviewer(HttpRequest.GET(
                "/api/v1/organizations/rowdy/eligibility?asOf=2026-11-23")));
        assertEquals(200, report.status(), report.body());
        assertTrue(report.body().contains("1 confirmed code-of-conduct breach in the 12 months before 2026-11-23,"
                + " the last on 2025-12-23: it passes on 2026-12-23 if no other breach is confirmed."), report.body());
        assertTrue(report.body().contains("\"nextPassOn\":\"2026-12-23\""), report.body());
        assertFalse(report.body().contains("Abusive") || report.body().contains("rita"), report.body());

        Api.Answer page = api().send(asReviewer(HttpRequest.GET("/admin/conduct")).header("Accept", BROWSER));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Abusive messages in the chat"), page.body());
        Api.Answer adminPage = api().send(api().asAdmin(HttpRequest.GET("/admin/conduct")).header("Accept", BROWSER));
        assertEquals(303, adminPage.status(), "a browser that may not see a page is sent to sign in");
        assertTrue(adminPage.header("Location").endsWith("/login"), adminPage.header("Location"));
        assertFalse(adminPage.body().contains("Abusive"));
        Api.Answer adminEligibility = api().send(api().asAdmin(HttpRequest.GET(
                "/admin/organizations/rowdy/eligibility?asOf=2026-11-23")).header("Accept", BROWSER));
        assertEquals(200, adminEligibility.status(), adminEligibility.body());
        assertFalse(adminEligibility.body().contains("Abusive"), adminEligibility.body());
        assertTrue(adminEligibility.body().contains("passes on 2026-12-23"), adminEligibility.body());
        assertEquals(403, api().send(asReviewer(HttpRequest.GET("/api/v1/users"))).status());
    }

    @Test
    void usersAreCreatedWithARoleAndPasswordsThatBreakTheRulesAreRefusedWithoutBeingRepeated() {
        Api.Answer weak = api().send(api().asAdmin(HttpRequest.POST("/api/v1/users",
                Map.of("username", "tom", "password", "hunter2", "role", "TEAM_LEAD"))));
        assertEquals(400, weak.status());
        assertTrue(weak.body().contains("\"password\":\"has at least 12 characters"), weak.body());
        assertFalse(weak.body().contains("hunter2"), weak.body());
        reviewer();
        Api.Answer taken = api().send(api().asAdmin(HttpRequest.POST("/api/v1/users",
                Map.of("username", "rita", "password", "another long password", "role", "ADMIN"))));
        assertEquals(409, taken.status());
        Api.Answer list = api().send(api().asAdmin(HttpRequest.GET("/api/v1/users")));
        assertTrue(list.body().contains("\"username\":\"rita\",\"role\":\"REVIEWER\""), list.body());
        assertFalse(list.body().contains("pbkdf2"), list.body());
    }

    @Test
    void membershipsAndGrandfatheringAreRecordedAndCountTowardsTheFinancialCriterion() {
        organization("member-co", "Member Co", "USA");
        Api.Answer created = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations/member-co/memberships",
                Map.of("kind", "corporate member", "tier", "gold", "startsOn", "2026-01-01"))));
        assertEquals(201, created.status(), created.body());
        Api.Answer overlap = api().send(api().asAdmin(HttpRequest.POST(
                "/api/v1/organizations/member-co/memberships", Map.of("kind", "corporate member",
                        "startsOn", "2026-05-01"))));
        assertEquals(409, overlap.status(), overlap.body());
        String report = api().send(api().asAdmin(HttpRequest.GET(
                "/api/v1/organizations/member-co/eligibility?asOf=2026-11-23"))).body();
        assertTrue(report.contains("covered by the membership corporate member, gold, from 2026-01-01 on."), report);

        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        Api.Answer ended = api().send(api().asAdmin(HttpRequest.PUT("/api/v1/organizations/member-co/memberships/"
                + id, Map.of("endsOn", "2026-08-31"))));
        assertEquals(200, ended.status(), ended.body());
        assertTrue(ended.body().contains("\"endsOn\":\"2026-08-31\""), ended.body());
        assertEquals(400, api().send(api().asAdmin(HttpRequest.PUT("/api/v1/organizations/member-co/memberships/"
                + id, Map.of("endsOn", "2025-01-01")))).status());

        organization("legacy-co", "Legacy Co", null);
        Api.Answer recorded = api().send(api().asAdmin(HttpRequest.POST(
                "/api/v1/organizations/legacy-co/grandfathering", Map.of("monthlyUsd", 150, "since", "2023-06-01",
                        "evidence", "Open Collective ledger"))));
        assertEquals(201, recorded.status(), recorded.body());
        Api.Answer shown = api().send(api().asAdmin(HttpRequest.GET("/api/v1/organizations/legacy-co/grandfathering")));
        assertTrue(shown.body().contains("\"eligibleUntil\":\"2024-12-12\"") && shown.body().contains(
                "\"monthlyUsd\":150"), shown.body());
        String before = api().send(api().asAdmin(HttpRequest.GET(
                "/api/v1/organizations/legacy-co/eligibility?asOf=2024-12-12"))).body();
        assertTrue(before.contains("meets the criterion until 2024-12-12."), before);
        Api.Answer page = api().send(api().asAdmin(HttpRequest.GET("/admin/organizations/legacy-co"))
                .header("Accept", BROWSER));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("/admin/organizations/legacy-co/eligibility")
                && page.body().contains("Open Collective ledger"), page.body());
    }

    @Test
    void theAdminPagesRecordMembershipsIncidentsAndUsersThroughTheirForms() {
        organization("form-co", "Form Co", "USA");
        Api.Answer membership = api().send(form(api().asAdmin(HttpRequest.POST("/admin/organizations/form-co/memberships",
                Map.of("kind", "corporate member", "startsOn", "2026-02-01", "endsOn", "")))));
        assertEquals(303, membership.status(), membership.body());
        Api.Answer overlap = api().send(form(api().asAdmin(HttpRequest.POST("/admin/organizations/form-co/memberships",
                Map.of("kind", "corporate member", "startsOn", "2026-03-01")))));
        assertEquals(409, overlap.status());
        assertTrue(overlap.body().contains("memberships of the same kind cannot share a day"), overlap.body());

        Api.Answer incident = api().send(form(asReviewer(HttpRequest.POST("/admin/conduct", Map.of(
                "organization", "form-co", "memberId", "", "occurredOn", "2026-02-02", "outcome", "PENDING",
                "summary", "Reported at the meetup")))));
        assertEquals(303, incident.status(), incident.body());
        Api.Answer bad = api().send(form(asReviewer(HttpRequest.POST("/admin/conduct", Map.of(
                "organization", "form-co", "occurredOn", "2026-02-02", "summary", "")))));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("summary: says what happened"), bad.body());

        Api.Answer weak = api().send(form(api().asAdmin(HttpRequest.POST("/admin/users", Map.of(
                "username", "tina", "password", "tina-secret", "role", "TEAM_LEAD")))));
        assertEquals(400, weak.status());
        assertTrue(weak.body().contains("value=\"tina\""), "the name typed is kept");
        assertFalse(weak.body().contains("tina-secret"), "the password is not shown back");
        Api.Answer created = api().send(form(api().asAdmin(HttpRequest.POST("/admin/users", Map.of(
                "username", "tina", "password", "team leads credit talks", "role", "TEAM_LEAD")))));
        assertEquals(303, created.status(), created.body());
        Api.Answer users = api().send(api().asAdmin(HttpRequest.GET("/admin/users")).header("Accept", BROWSER));
        assertTrue(users.body().contains("<td>tina</td><td>TEAM_LEAD</td>"), users.body());
    }

    private static <B> MutableHttpRequest<B> form(MutableHttpRequest<B> request) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept", BROWSER);
    }
}
