package org.partnersplatform.web.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationOrigin;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * Published months through the API, the admin pages and the public leaderboards. April 2025 is published, then
 * revised when Gina's commits move from Globex to Acme.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingMonthsTest extends WebTestContext {

    private static final String APRIL = "2025-04";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AffiliationRepository affiliations;

    @Inject
    AttributionRecompute recompute;

    private Api api;
    private Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        jdbc = new Jdbc(properties);
        return properties;
    }

    @BeforeAll
    void publishAndReviseApril() throws Exception {
        api = new Api(client.toBlocking());
        GitCommunity.sync(api, dataDir, "community", List.of(
                "Alice Acme|alice@acme.example|2025-03-03T09:00:00Z",
                "Alice Acme|alice@acme.example|2025-03-04T09:00:00Z",
                "Gina Globex|gina@globex.example|2025-03-05T09:00:00Z",
                "Bob Acme|bob@acme.example|2025-04-02T09:00:00Z",
                "Gina Globex|gina@globex.example|2025-04-03T09:00:00Z",
                "Gina Globex|gina@globex.example|2025-04-04T09:00:00Z"));
        assertEquals(201, api.send(api.asAdmin(HttpRequest.POST("/api/v1/months/" + APRIL + "/publish", "")))
                .status());
        long gina = Long.parseLong(jdbc.value("SELECT member_id FROM identity WHERE email = 'gina@globex.example'"));
        long acme = Long.parseLong(jdbc.value("SELECT id FROM organization WHERE slug = 'acme-example'"));
        affiliations.save(Affiliation.create(gina, acme, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30),
                AffiliationOrigin.MANUAL, Instant.now(), "seconded to Acme in April"));
        recompute.members(List.of(gina), "Gina seconded to Acme in April");
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishingAFinishedMonthAnswers201WithRevisionOneAndAgain409() {
        Api.Answer created = api.send(api.asAdmin(HttpRequest.POST("/api/v1/months/2025-03/publish", "")));
        assertEquals(201, created.status(), created.body());
        Map<String, Object> revision = api.json(api.asAdmin(HttpRequest.GET("/api/v1/months/2025-03")));
        assertEquals(1, revision.get("revision"));
        assertEquals("api-admin", revision.get("publishedBy"));
        Map<String, Object> content = (Map<String, Object>) revision.get("content");
        assertEquals(2, content.get("format"));
        assertTrue(content.get("ruleVersion").toString().startsWith("mautic-2026.1 · r"), content.toString());
        List<Map<String, Object>> organizations = (List<Map<String, Object>>) ((Map<String, Object>)
                content.get("boards")).get("organizations");
        assertEquals(List.of("acme-example 2", "globex-example 1"), organizations.stream()
                .map(e -> e.get("slug") + " " + e.get("score")).toList());

        Map<String, Object> again = api.json(api.asAdmin(HttpRequest.POST("/api/v1/months/2025-03/publish", "")));
        assertTrue(String.valueOf(again.get("message")).contains("already published")
                && String.valueOf(again.get("message")).contains("new revisions"), again.toString());
        assertEquals(409, api.send(api.asAdmin(HttpRequest.POST("/api/v1/months/2025-03/publish", ""))).status());
    }

    @Test
    void aMonthThatIsNotOverAnswers409() {
        String current = YearMonth.now(ZoneOffset.UTC).toString();
        Api.Answer answer = api.send(api.asAdmin(HttpRequest.POST("/api/v1/months/" + current + "/publish", "")));
        assertEquals(409, answer.status());
        assertTrue(answer.body().contains(current + " is not over yet"), answer.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMalformedMonthAnswers400WithTheProblem() {
        for (String bad : List.of("2025-13", "march", "1989-12")) {
            Map<String, Object> answer = api.json(api.asAdmin(HttpRequest.POST("/api/v1/months/" + bad + "/publish",
                    "")));
            assertEquals("the month \"" + bad + "\" is not valid", answer.get("message"));
            assertTrue(((Map<String, Object>) answer.get("problems")).containsKey("month"), answer.toString());
        }
        assertEquals(400, api.send(api.asAdmin(HttpRequest.GET("/api/v1/months/2025-4"))).status());
        assertEquals(400, api.send(api.asAdmin(HttpRequest.GET("/api/v1/months/" + APRIL + "/revisions/first")))
                .status());
    }

    @Test
    void aMonthNeverPublishedAnswers404() {
        for (String path : List.of("/api/v1/months/2020-01", "/api/v1/months/2020-01/revisions",
                "/api/v1/months/2020-01/revisions/1")) {
            Map<String, Object> answer = api.json(api.asAdmin(HttpRequest.GET(path)));
            assertEquals("2020-01 has not been published", answer.get("message"), path);
        }
        Map<String, Object> missing = api.json(api.asAdmin(HttpRequest.GET("/api/v1/months/" + APRIL
                + "/revisions/3")));
        assertEquals(APRIL + " has no revision 3; its revisions are 1 to 2", missing.get("message"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void revisionsAreListedWithWhatMovedAndReadOneByOne() {
        List<Map<String, Object>> revisions = (List<Map<String, Object>>) (List<?>) api.client().retrieve(
                api.asAdmin(HttpRequest.GET("/api/v1/months/" + APRIL + "/revisions")),
                Argument.listOf(Map.class));
        assertEquals(List.of(1, 2), revisions.stream().map(r -> r.get("revision")).toList());
        assertEquals("Gina seconded to Acme in April", revisions.get(1).get("reason"));
        assertEquals("system", revisions.get(1).get("publishedBy"));
        assertEquals(List.of("organizations: globex.example left the board (was 1st with a score of 2)",
                "organizations: acme.example moved from 2nd to 1st",
                "organizations: acme.example: score 1 → 3 (contributions 1 → 3)"),
                revisions.get(1).get("changeSummary"));

        Map<String, Object> first = api.json(api.asAdmin(HttpRequest.GET("/api/v1/months/" + APRIL
                + "/revisions/1")));
        Map<String, Object> boards = (Map<String, Object>) ((Map<String, Object>) first.get("content")).get("boards");
        assertEquals(List.of("globex-example", "acme-example"), ((List<Map<String, Object>>)
                boards.get("organizations")).stream().map(e -> e.get("slug")).toList(), "revision 1 as published");
        Map<String, Object> latest = api.json(api.asAdmin(HttpRequest.GET("/api/v1/months/" + APRIL)));
        assertEquals(2, latest.get("revision"));

        List<Map<String, Object>> months = (List<Map<String, Object>>) (List<?>) api.client().retrieve(
                api.asAdmin(HttpRequest.GET("/api/v1/months")), Argument.listOf(Map.class));
        Map<String, Object> april = months.stream().filter(m -> APRIL.equals(m.get("month"))).findFirst()
                .orElseThrow();
        assertEquals(2, april.get("latestRevision"));
    }

    @Test
    void onlyAnAdministratorPublishes() {
        assertEquals(401, api.send(HttpRequest.POST("/api/v1/months/2025-02/publish", "")).status());
        assertEquals(401, api.send(HttpRequest.GET("/api/v1/months")).status());
    }

    @Test
    void theAdminMonthPageShowsEachRevisionInWords() {
        Api.Answer page = api.send(api.asAdmin(HttpRequest.GET("/admin/months/" + APRIL)));
        assertEquals(200, page.status());
        for (String text : List.of("April 2025", "Revision 2", "Gina seconded to Acme in April",
                "acme.example moved from 2nd to 1st", "acme.example: score 1 → 3 (contributions 1 → 3)",
                "globex.example left the board (was 1st with a score of 2)", "First publication")) {
            assertTrue(page.body().contains(text), text + " in " + page.body());
        }
        assertEquals(404, api.send(api.asAdmin(HttpRequest.GET("/admin/months/2020-01"))).status());
        assertEquals(400, api.send(api.asAdmin(HttpRequest.GET("/admin/months/someday"))).status());
    }

    @Test
    void theAdminListShowsPublishedMonthsAndPublishesFromItsForm() {
        Api.Answer list = api.send(api.asAdmin(HttpRequest.GET("/admin/months")));
        assertEquals(200, list.status());
        assertTrue(list.body().contains("href=\"/admin/months/" + APRIL + "\">April 2025</a>"), list.body());
        String lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        assertTrue(list.body().contains("name=\"month\" value=\"" + lastMonth + "\""), "a finished month to publish");

        Api.Answer published = api.send(form("2025-05"));
        assertEquals(303, published.status(), published.body());
        assertEquals("/admin/months/2025-05", published.header("Location"));
        Api.Answer malformed = api.send(form("someday"));
        assertEquals(400, malformed.status());
        assertTrue(malformed.body().contains("is not valid"), malformed.body());
        Api.Answer current = api.send(form(YearMonth.now(ZoneOffset.UTC).toString()));
        assertEquals(409, current.status());
        assertTrue(current.body().contains("is not over yet"), current.body());
    }

    @Test
    void thePublicLeaderboardsSayWhetherTheMonthShownIsPublishedAndRevised() {
        Api.Answer april = api.send(HttpRequest.GET("/leaderboards?month=" + APRIL));
        assertEquals(200, april.status());
        assertTrue(april.body().contains("revision 2 is the latest") && april.body().contains("Revised on"),
                april.body());
        Api.Answer june = api.send(HttpRequest.GET("/leaderboards?month=2025-06"));
        assertTrue(june.body().contains("Not published yet"), june.body());
    }

    private MutableHttpRequest<String> form(String month) {
        return api.asAdmin(HttpRequest.POST("/admin/months", "month=" + month)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }
}
