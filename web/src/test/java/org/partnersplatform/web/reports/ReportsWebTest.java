package org.partnersplatform.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.publication.GitCommunity;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * Reports through the API, the public pages and the admin page. Each commit weighs 1. April 2025 (published): Acme 2
 * (Alice, Bob), Globex 1 (Gina); March: Acme 1 (Alice), Globex 1 (Gina).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsWebTest extends WebTestContext {

    private static final String APRIL = "2025-04";

    @Inject
    @Client("/")
    HttpClient client;

    private Api api;

    @BeforeAll
    void syncAndPublishApril() throws Exception {
        api = new Api(client.toBlocking());
        GitCommunity.sync(api, dataDir, "community", List.of(
                "Alice Acme|alice@acme.example|2025-03-03T09:00:00Z",
                "Gina Globex|gina@globex.example|2025-03-05T09:00:00Z",
                "Alice Acme|alice@acme.example|2025-04-02T09:00:00Z",
                "Bob Acme|bob@acme.example|2025-04-03T09:00:00Z",
                "Gina Globex|gina@globex.example|2025-04-04T09:00:00Z"));
        assertEquals(201, api.send(api.asAdmin(HttpRequest.POST("/api/v1/months/" + APRIL + "/publish", "")))
                .status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPublishedMonthsShoutOutIsPublicJsonThatSaysWhichRevisionItIs() {
        Map<String, Object> report = api.json(HttpRequest.GET("/api/v1/reports/monthly/" + APRIL));

        assertEquals(APRIL, report.get("period"));
        assertEquals(1, ((Map<String, Object>) report.get("publication")).get("revision"));
        List<Map<String, Object>> sections = (List<Map<String, Object>>) report.get("sections");
        List<Map<String, Object>> organizations = (List<Map<String, Object>>) sections.get(0).get("entries");
        assertEquals(List.of("acme-example 2 0", "globex-example 1 0"), organizations.stream()
                .map(e -> e.get("slug") + " " + e.get("score") + " " + e.get("rankChange")).toList());
        assertEquals(List.of("Bob Acme"), ((List<Map<String, Object>>) report.get("newContributors")).stream()
                .map(p -> (String) p.get("name")).toList());
    }

    @Test
    void theShoutOutComesAsMarkdownAndAsCsvWithTheirContentTypes() {
        Api.Answer markdown = api.send(HttpRequest.GET("/api/v1/reports/monthly/" + APRIL + "?format=markdown"));
        assertEquals(200, markdown.status());
        assertTrue(markdown.header("Content-Type").startsWith("text/markdown"), markdown.header("Content-Type"));
        assertTrue(markdown.body().startsWith("# Shout-out: April 2025\n"), markdown.body());
        assertTrue(markdown.body().contains("_Published revision 1 of "), markdown.body());
        assertFalse(markdown.body().contains("<"), "no HTML");

        Api.Answer csv = api.send(HttpRequest.GET("/api/v1/reports/monthly/" + APRIL + "?format=csv"));
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.body().startsWith("section,rank,name,slug,score,contributions,conversations,rank_change,"
                + "score_change\r\norganizations-contributions,1,acme.example,acme-example,2,2,0,0,1\r\n"),
                csv.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void badPeriodsAndFormatsAnswer400WithTheProblem() {
        for (String uri : List.of("/api/v1/reports/monthly/2025-13", "/api/v1/reports/quarterly/2025-Q5",
                "/api/v1/reports/annual/25", "/api/v1/reports/monthly/" + APRIL + "?format=pdf",
                "/api/v1/reports/annual/" + (YearMonth.now(ZoneOffset.UTC).getYear() + 1))) {
            Map<String, Object> answer = api.json(HttpRequest.GET(uri));
            assertFalse(((Map<String, Object>) answer.get("problems")).isEmpty(), uri + ": " + answer);
            assertEquals(400, api.send(HttpRequest.GET(uri)).status(), uri);
        }
        Map<String, Object> running = api.json(HttpRequest.GET("/api/v1/reports/monthly/"
                + YearMonth.now(ZoneOffset.UTC)));
        assertTrue(String.valueOf(running.get("message")).contains("is not over yet"), running.toString());
    }

    @Test
    void aQuarterOrYearStillRunningIsReportedAsPartial() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        Map<String, Object> year = api.json(HttpRequest.GET("/api/v1/reports/annual/" + now.getYear()));
        assertEquals(true, year.get("partial"));
        assertEquals(false, api.json(HttpRequest.GET("/api/v1/reports/quarterly/2025-Q2")).get("partial"));
        Api.Answer markdown = api.send(HttpRequest.GET("/api/v1/reports/annual/" + now.getYear()
                + "?format=markdown"));
        assertTrue(markdown.body().contains("_Partial: " + now.getYear() + " is not over yet"), markdown.body());
    }

    @Test
    void onlyAnAdministratorSetsTheMonthsNoteAndItShowsInTheReport() {
        HttpRequest<Map<String, String>> put = HttpRequest.PUT("/api/v1/reports/monthly/2025-03/note",
                Map.of("note", "Spring holidays: a quiet month."));
        assertEquals(401, api.send(put).status());

        Map<String, Object> saved = api.json(api.asAdmin(HttpRequest.PUT("/api/v1/reports/monthly/2025-03/note",
                Map.of("note", "Spring holidays: a quiet month."))));
        assertEquals(Map.of("month", "2025-03", "note", "Spring holidays: a quiet month."), saved);
        assertTrue(api.send(HttpRequest.GET("/api/v1/reports/monthly/2025-03?format=markdown")).body()
                .contains("> Spring holidays: a quiet month.\n"));
        assertEquals(400, api.send(api.asAdmin(HttpRequest.PUT("/api/v1/reports/monthly/2025-03/note",
                Map.of("note", "x".repeat(2001))))).status());
    }

    @Test
    void thePublicPagesShowTheReportsAndTheRevision() {
        Api.Answer monthly = api.send(HttpRequest.GET("/reports/monthly/" + APRIL));
        assertEquals(200, monthly.status());
        for (String text : List.of("Shout-out, April 2025", "As published: revision 1", "acme.example",
                "Top contributing organizations", "New contributors (1)", "?format=markdown")) {
            assertTrue(monthly.body().contains(text), text + " in " + monthly.body());
        }
        assertTrue(api.send(HttpRequest.GET("/reports/monthly/2025-03")).body().contains("Not published yet"));
        Api.Answer quarterly = api.send(HttpRequest.GET("/reports/quarterly/2025-Q2"));
        assertEquals(200, quarterly.status());
        assertTrue(quarterly.body().contains("Quarterly report, 2025-Q2"), quarterly.body());
        assertEquals(200, api.send(HttpRequest.GET("/reports/annual/2025")).status());
        assertEquals(400, api.send(HttpRequest.GET("/reports/quarterly/someday")).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrganizationsQuarterlyReportIsForAdministratorsAndTeamLeads() {
        String uri = "/api/v1/organizations/acme-example/reports/quarterly/2025-Q2";
        assertEquals(401, api.send(HttpRequest.GET(uri)).status());

        Map<String, Object> report = api.json(api.asAdmin(HttpRequest.GET(uri)));
        assertEquals("acme-example", report.get("slug"));
        assertEquals(List.of("Alice Acme", "Bob Acme"), ((List<Map<String, Object>>) report.get("contributors"))
                .stream().map(p -> (String) p.get("name")).toList());
        List<Map<String, Object>> trend = (List<Map<String, Object>>) report.get("trend");
        assertEquals(List.of("2025-04 2 2025-01 0", "2025-05 0 2025-02 0", "2025-06 0 2025-03 1"), trend.stream()
                .map(t -> t.get("month") + " " + t.get("contributionScore") + " " + t.get("previousMonth") + " "
                        + t.get("previousContributionScore")).toList());
        Api.Answer csv = api.send(api.asAdmin(HttpRequest.GET(uri + "?format=csv")));
        assertEquals(3, csv.body().split("\r\n").length, csv.body());
        assertEquals(404, api.send(api.asAdmin(HttpRequest.GET(
                "/api/v1/organizations/nobody/reports/quarterly/2025-Q2"))).status());
    }

    @Test
    void anOrganizationsQuarterIsAlsoAPageWithItsPeopleTrendAndNeighbouringQuarters() {
        String uri = "/admin/organizations/acme-example/reports/quarterly/2025-Q2";
        assertNotEquals(200, api.send(HttpRequest.GET(uri)).status());

        Api.Answer page = api.send(api.asAdmin(HttpRequest.GET(uri)));
        assertEquals(200, page.status(), page.body());
        String body = page.body();
        assertTrue(body.contains("acme.example: quarterly report, 2025-Q2"), body);
        assertTrue(body.indexOf("<td>Alice Acme</td>") < body.indexOf("<td>Bob Acme</td>")
                && body.contains("<td>Bob Acme</td>"), body);
        assertTrue(body.contains("<tr><td>2025-04</td><td class=\"num\">2</td>"), body);
        assertTrue(body.contains("<td>2025-03</td><td class=\"num\">1</td>"), body);
        assertTrue(body.contains("href=\"/admin/organizations/acme-example/reports/quarterly/2025-Q1\""), body);
        assertTrue(body.contains("href=\"/admin/organizations/acme-example/reports/quarterly/2025-Q3\""), body);
        assertTrue(body.contains("href=\"/api/v1/organizations/acme-example/reports/quarterly/2025-Q2?format=markdown\""),
                body);

        Api.Answer current = api.send(api.asAdmin(HttpRequest.GET("/admin/organizations/acme-example/reports")));
        assertEquals(303, current.status());
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        assertEquals("/admin/organizations/acme-example/reports/quarterly/" + now.getYear() + "-Q"
                + ((now.getMonthValue() - 1) / 3 + 1), current.header("Location"));
        assertEquals(404, api.send(api.asAdmin(HttpRequest.GET(
                "/admin/organizations/nobody/reports/quarterly/2025-Q2"))).status());
        assertEquals(400, api.send(api.asAdmin(HttpRequest.GET(
                "/admin/organizations/acme-example/reports/quarterly/2025-Q9"))).status());
    }

    @Test
    void theAdminPageSavesAMonthsNoteFromItsForm() {
        Api.Answer page = api.send(api.asAdmin(HttpRequest.GET("/admin/reports")));
        assertEquals(200, page.status());
        String lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        assertTrue(page.body().contains("action=\"/admin/reports/" + lastMonth + "/note\""), page.body());

        Api.Answer saved = api.send(api.asAdmin(HttpRequest.POST("/admin/reports/" + lastMonth + "/note",
                "note=Server+outage+for+a+week").contentType(MediaType.APPLICATION_FORM_URLENCODED)));
        assertEquals(303, saved.status(), saved.body());
        assertTrue(api.send(api.asAdmin(HttpRequest.GET("/admin/reports"))).body()
                .contains(">Server outage for a week</textarea>"));
    }
}
