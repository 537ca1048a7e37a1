package org.partnersplatform.web.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.access.AccountService;
import org.partnersplatform.core.access.Role;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * Applications, decisions, the status link, partners and roadmap requests over HTTP: anonymous applicants, a reviewer
 * (rita) who decides, and the administrator who may read and evaluates months.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipWebTest extends WebTestContext {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AccountService accounts;

    private String reviewer;

    private Api api() {
        return new Api(client.toBlocking());
    }

    private synchronized String reviewer() {
        if (reviewer == null) {
            accounts.createUser("rita", "a long reviewer password", Role.REVIEWER);
            reviewer = accounts.openSession("rita");
        }
        return reviewer;
    }

    private void organization(String name) {
        Api.Answer created = api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations",
                Map.of("name", name, "domains", List.of()))));
        assertEquals(201, created.status(), created.body());
    }

    private static Map<String, Object> application(String slug) {
        return Map.of("organization", slug, "contactName", "Pat", "contactEmail", "pat@" + slug + ".example",
                "motivation", "We build on it", "members", List.of(Map.of("name", "Pat", "email",
                        "pat@" + slug + ".example")));
    }

    private Map<String, Object> apply(String slug) {
        Api.Answer answer = api().send(HttpRequest.POST("/api/v1/applications", application(slug)));
        assertEquals(201, answer.status(), answer.body());
        return api().json(HttpRequest.GET("/api/v1/applications/status/" + token(answer)));
    }

    private static String token(Api.Answer answer) {
        int start = answer.body().indexOf("\"statusToken\":\"") + 15;
        return answer.body().substring(start, answer.body().indexOf('"', start));
    }

    private long id(Api.Answer answer) {
        int start = answer.body().indexOf("\"id\":") + 5;
        return Long.parseLong(answer.body().substring(start, answer.body().indexOf(',', start)));
    }

    private Api.Answer decide(long id, String decision, String note) {
        return api().send(HttpRequest.POST("/api/v1/applications/" + id + "/decision",
                Map.of("decision", decision, "note", note)).bearerAuth(reviewer()));
    }

    /** Applies for the organization and has rita approve it; returns the status token. */
    private String partner(String slug) {
        Api.Answer answer = api().send(HttpRequest.POST("/api/v1/applications", application(slug)));
        assertEquals(201, answer.status(), answer.body());
        assertEquals(200, decide(id(answer), "approve", "Welcome").status());
        return token(answer);
    }

    private <B> MutableHttpRequest<B> page(MutableHttpRequest<B> request) {
        return api().asAdmin(request).header("Accept", BROWSER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void intakeAnswers400sNamingTheFieldsAnd409ForASecondOpenApplication() {
        organization("Intake Co");
        Api.Answer noBody = api().send(HttpRequest.POST("/api/v1/applications", ""));
        assertEquals(400, noBody.status(), noBody.body());
        Map<String, Object> invalid = api().json(HttpRequest.POST("/api/v1/applications", Map.of(
                "contactEmail", "nope", "members", List.of(Map.of("name", "Al", "email", "al")))));
        assertEquals(List.of("contactEmail", "contactName", "members[0].email", "motivation", "organization"),
                ((Map<String, Object>) invalid.get("problems")).keySet().stream().sorted().toList());
        assertEquals(404, api().send(HttpRequest.POST("/api/v1/applications", application("nobody-co"))).status());

        Api.Answer first = api().send(HttpRequest.POST("/api/v1/applications", application("intake-co")));
        assertEquals(201, first.status(), first.body());
        assertTrue(first.body().contains("\"statusUrl\":\"/partners/applications/" + token(first) + "\""));
        assertFalse(first.body().contains("pat@intake-co.example"), "the anonymous answer echoes no email");
        Api.Answer second = api().send(HttpRequest.POST("/api/v1/applications", application("intake-co")));
        assertEquals(409, second.status());
        assertTrue(second.body().contains("Intake Co has an application waiting for a decision already"),
                second.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReviewerDecidesWithTheReportAndTheStatusLinkShowsTheDecision() {
        organization("Decided Co");
        Api.Answer submitted = api().send(HttpRequest.POST("/api/v1/applications", application("decided-co")));
        long id = id(submitted);
        String token = token(submitted);
        assertEquals(401, api().send(HttpRequest.GET("/api/v1/applications/" + id)).status());

        Map<String, Object> opened = api().json(api().asAdmin(HttpRequest.GET("/api/v1/applications/" + id)));
        assertEquals("SUBMITTED", opened.get("status"));
        assertNull(opened.get("report"));
        assertEquals("decided-co", ((Map<String, Object>) opened.get("currentReport")).get("organizationSlug"));
        assertEquals(403, api().send(api().asAdmin(HttpRequest.POST("/api/v1/applications/" + id + "/decision",
                Map.of("decision", "approve")))).status(), "an administrator reads but does not decide");
        assertEquals(400, decide(id, "maybe", "").status());

        Api.Answer approved = decide(id, "approve", "Welcome aboard");
        assertEquals(200, approved.status(), approved.body());
        Map<String, Object> decided = api().json(HttpRequest.GET("/api/v1/applications/" + id).bearerAuth(reviewer()));
        assertEquals("APPROVED", decided.get("status"));
        assertEquals("rita", decided.get("decidedBy"));
        assertEquals("mautic-2026.1", decided.get("policyVersion"));
        Map<String, Object> report = (Map<String, Object>) decided.get("report");
        assertNotNull(report);
        assertEquals("mautic-2026.1", report.get("policyVersion"));
        assertEquals(3, ((List<Object>) report.get("criteria")).size());
        assertEquals(409, decide(id, "reject", "").status(), "decided once");

        Map<String, Object> status = api().json(HttpRequest.GET("/api/v1/applications/status/" + token));
        assertEquals("APPROVED", status.get("status"));
        assertEquals("Welcome aboard", status.get("decisionNote"));
        Api.Answer page = api().send(HttpRequest.GET("/partners/applications/" + token).header("Accept", BROWSER));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("approved") && page.body().contains("Welcome aboard"), page.body());
        String day = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC";
        assertTrue(page.body().matches("(?s).*Submitted " + day + ", decided " + day + ".*"),
                "dates are written for people, not as ISO instants: " + page.body());
        assertEquals(404, api().send(HttpRequest.GET("/partners/applications/not-a-token")
                .header("Accept", BROWSER)).status());

        List<Map<String, Object>> partners = api().client().retrieve(HttpRequest.GET("/api/v1/partners"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(partners.stream().anyMatch(p -> p.get("organization").equals("decided-co")
                && p.get("status").equals("ACTIVE")), partners.toString());
        Map<String, Object> detail = api().json(api().asAdmin(HttpRequest.GET("/api/v1/partners/decided-co")));
        assertEquals("APPROVED", ((List<Map<String, Object>>) detail.get("events")).get(0).get("kind"));
        Api.Answer organizationPage = api().send(page(HttpRequest.GET("/admin/organizations/decided-co")));
        assertTrue(organizationPage.body().contains("<span class=\"state\">partner</span>"),
                "approval sets the partner flag the alerts read");
        Api.Answer publicPage = api().send(HttpRequest.GET("/partners").header("Accept", BROWSER));
        assertTrue(publicPage.body().contains("Decided Co"), publicPage.body());
    }

    @Test
    void theFourthRoadmapRequestOfTheYearIsRefusedWithTheLimitAndTheDate() {
        organization("Roadmap Co");
        organization("Outsider Co");
        String token = partner("roadmap-co");
        String path = "/api/v1/organizations/roadmap-co/roadmap-requests";
        Map<String, Object> funded = Map.of("title", "Faster sync", "description", "We pay", "funded", true,
                "amount", 1500, "currency", "EUR");
        Map<String, Object> unfunded = Map.of("title", "Dark mode", "description", "Please", "funded", false);
        assertEquals(403, api().send(HttpRequest.POST(path, unfunded)).status(), "anonymous without a token");
        assertEquals(403, api().send(HttpRequest.POST(path, unfunded).header("X-Application-Token", "guess"))
                .status());
        Api.Answer byToken = api().send(HttpRequest.POST(path, funded).header("X-Application-Token", token));
        assertEquals(201, byToken.status(), byToken.body());
        assertTrue(byToken.body().contains("\"amount\":1500.00") && byToken.body().contains("(application #"),
                byToken.body());
        assertEquals(400, api().send(api().asAdmin(HttpRequest.POST(path, Map.of("title", "x", "description", "y",
                "funded", true)))).status());
        assertEquals(201, api().send(api().asAdmin(HttpRequest.POST(path, unfunded))).status());
        assertEquals(201, api().send(api().asAdmin(HttpRequest.POST(path, unfunded))).status());
        Api.Answer fourth = api().send(api().asAdmin(HttpRequest.POST(path, unfunded)));
        assertEquals(409, fourth.status());
        int year = YearMonth.now(ZoneOffset.UTC).getYear();
        assertTrue(fourth.body().contains("Roadmap Co has submitted 3 roadmap requests in " + year + ", the policy's"
                + " limit of 3 a year; the next one can be submitted from " + (year + 1) + "-01-01"), fourth.body());
        Api.Answer outsider = api().send(api().asAdmin(HttpRequest.POST(
                "/api/v1/organizations/outsider-co/roadmap-requests", unfunded)));
        assertEquals(409, outsider.status());
        assertTrue(outsider.body().contains("Outsider Co is not a partner now"), outsider.body());
    }

    @Test
    void adminPagesShowApplicationsPartnersAndEvaluateAMonth() {
        organization("Paged Co");
        partner("paged-co");
        Api.Answer list = api().send(page(HttpRequest.GET("/admin/applications")));
        assertEquals(200, list.status());
        assertTrue(list.body().contains("Paged Co"), list.body());
        long id = Long.parseLong(list.body().replaceAll("(?s).*?href=\"/admin/applications/(\\d+)\">#\\d+</a></td>"
                + "<td>Paged Co.*", "$1"));
        Api.Answer one = api().send(page(HttpRequest.GET("/admin/applications/" + id)));
        assertEquals(200, one.status(), one.body());
        assertTrue(one.body().contains("The report the reviewer saw") && one.body().contains("Eligibility today"),
                one.body());
        assertFalse(one.body().contains("value=\"approve\""), "no decide form for an administrator");

        Api.Answer partners = api().send(page(HttpRequest.GET("/admin/partners")));
        assertEquals(200, partners.status());
        assertTrue(partners.body().contains("/admin/partners/paged-co"), partners.body());
        String lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        Api.Answer evaluated = api().send(page(HttpRequest.POST("/admin/partners/evaluate",
                Map.of("month", lastMonth)).contentType(MediaType.APPLICATION_FORM_URLENCODED)));
        assertEquals(303, evaluated.status(), evaluated.body());
        Api.Answer notOver = api().send(api().asAdmin(HttpRequest.POST("/api/v1/partners/evaluations",
                Map.of("month", YearMonth.now(ZoneOffset.UTC).toString()))));
        assertEquals(409, notOver.status());
        assertEquals(400, api().send(api().asAdmin(HttpRequest.POST("/api/v1/partners/evaluations",
                Map.of("month", "soon")))).status());

        Api.Answer requested = api().send(page(HttpRequest.POST("/admin/partners/paged-co/roadmap-requests",
                Map.of("title", "Better docs", "description", "Please", "funded", "true", "amount", "200",
                        "currency", "usd")).contentType(MediaType.APPLICATION_FORM_URLENCODED)));
        assertEquals(303, requested.status(), requested.body());
        Api.Answer partner = api().send(page(HttpRequest.GET("/admin/partners/paged-co")));
        assertEquals(200, partner.status());
        assertTrue(partner.body().contains("Better docs") && partner.body().contains("200 USD")
                && partner.body().contains("approved"), partner.body());
    }

    @Test
    void thePublicFormSendsTheApplicantToTheStatusLink() {
        organization("Form Co");
        Api.Answer form = api().send(HttpRequest.GET("/partners/apply").header("Accept", BROWSER));
        assertEquals(200, form.status());
        Api.Answer invalid = api().send(HttpRequest.POST("/partners/apply", Map.of("organization", "form-co",
                "contactName", "Pat", "contactEmail", "pat@form.example", "motivation", "Yes", "members", ""))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept", BROWSER));
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("members: lists 1 to 50 team members, not 0"), invalid.body());
        Api.Answer sent = api().send(HttpRequest.POST("/partners/apply", Map.of("organization", "form-co",
                "contactName", "Pat", "contactEmail", "pat@form.example", "motivation", "Yes",
                "members", "Pat Example, pat@form.example\nLee, lee@form.example"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept", BROWSER));
        assertEquals(303, sent.status(), sent.body());
        String location = sent.header("Location");
        assertTrue(location.startsWith("/partners/applications/"), location);
        Api.Answer status = api().send(HttpRequest.GET(location).header("Accept", BROWSER));
        assertTrue(status.body().contains("submitted") && status.body().contains("have not decided yet"),
                status.body());
    }

    @Test
    void theApplicantWithdrawsAWaitingApplicationAndMayApplyAgain() {
        organization("Withdraw Co");
        Api.Answer submitted = api().send(HttpRequest.POST("/api/v1/applications", application("withdraw-co")));
        String token = token(submitted);
        Api.Answer page = api().send(HttpRequest.GET("/partners/applications/" + token).header("Accept", BROWSER));
        assertTrue(page.body().contains("action=\"/partners/applications/" + token + "/withdrawal\""), page.body());

        Map<String, Object> withdrawn = api().json(HttpRequest.POST("/api/v1/applications/status/" + token
                + "/withdrawal", ""));
        assertEquals("WITHDRAWN", withdrawn.get("status"), withdrawn.toString());
        Api.Answer again = api().send(HttpRequest.POST("/api/v1/applications/status/" + token + "/withdrawal", ""));
        assertEquals(409, again.status());
        assertTrue(again.body().contains("is withdrawn; only an application waiting for a decision can be withdrawn"),
                again.body());
        assertEquals(404, api().send(HttpRequest.POST("/api/v1/applications/status/no-such-token/withdrawal", ""))
                .status());
        assertEquals(409, decide(id(submitted), "approve", "Too late").status(), "a withdrawn application is not decided");

        Api.Answer reapplied = api().send(HttpRequest.POST("/partners/apply", Map.of("organization", "withdraw-co",
                "contactName", "Pat", "contactEmail", "pat@withdraw.example", "motivation", "Again",
                "members", "Pat, pat@withdraw.example")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Accept", BROWSER));
        assertEquals(303, reapplied.status(), "a withdrawn application does not block a new one: " + reapplied.body());
        Api.Answer byForm = api().send(HttpRequest.POST(reapplied.header("Location") + "/withdrawal", "")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept", BROWSER));
        assertEquals(303, byForm.status(), byForm.body());
        assertTrue(api().send(HttpRequest.GET(reapplied.header("Location")).header("Accept", BROWSER)).body()
                .contains("withdrawn"));
    }
}
