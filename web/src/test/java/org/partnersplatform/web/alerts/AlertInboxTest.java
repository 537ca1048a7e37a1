package org.partnersplatform.web.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.partnersplatform.core.alert.Alert;
import org.partnersplatform.core.alert.AlertCandidate;
import org.partnersplatform.core.alert.AlertKind;
import org.partnersplatform.core.alert.AlertSubject;
import org.partnersplatform.core.alert.Alerts;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/** The alert inbox, the partner flag (which only the partner lifecycle sets) and the notifier pages, through the API and as a browser uses them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertInboxTest extends WebTestContext {

    private static final String BROWSER = "text/html,application/xhtml+xml";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Alerts alerts;

    private Api api() {
        return new Api(client.toBlocking());
    }

    private <B> MutableHttpRequest<B> page(MutableHttpRequest<B> request) {
        return api().asAdmin(request).header("Accept", BROWSER);
    }

    private MutableHttpRequest<Map<String, String>> form(String uri, Map<String, String> fields) {
        return page(HttpRequest.POST(uri, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }

    private Alert raise(AlertKind kind, String key, String subject, String message) {
        return alerts.raise(List.of(new AlertCandidate(kind, key, AlertSubject.MEMBER, 7, subject, "2026-10-02",
                message))).get(0);
    }

    private List<Map<String, Object>> list(String query) {
        return listAt("/api/v1/alerts" + query);
    }

    private List<Map<String, Object>> listAt(String uri) {
        return api().client().retrieve(api().asAdmin(HttpRequest.GET(uri)),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void theInboxListsOpenAlertsFirstFiltersThemAndAcknowledges() {
        Alert older = raise(AlertKind.MEMBER_INACTIVE, "inbox:older", "Olga", "Olga: no activity for 90 days");
        Alert newer = raise(AlertKind.MEMBER_RETURNED, "inbox:newer", "Ned", "Ned is back");

        Map<String, Object> acknowledged = api().json(api().asAdmin(
                HttpRequest.POST("/api/v1/alerts/" + newer.id() + "/acknowledge", "")));
        assertEquals("acknowledged", acknowledged.get("status"));

        List<Long> ids = list("").stream().map(a -> ((Number) a.get("id")).longValue()).toList();
        assertTrue(ids.indexOf(older.id()) < ids.indexOf(newer.id()), "open first: " + ids);
        assertEquals(List.of("member_returned"), list("?kind=member_returned").stream().map(a -> a.get("kind"))
                .distinct().toList());
        assertTrue(list("?status=open").stream().noneMatch(a -> ((Number) a.get("id")).longValue() == newer.id()));
        assertTrue(list("?status=acknowledged&kind=member_returned").stream()
                .anyMatch(a -> ((Number) a.get("id")).longValue() == newer.id()));

        Api.Answer badStatus = api().send(api().asAdmin(HttpRequest.GET("/api/v1/alerts?status=closed")));
        assertEquals(400, badStatus.status());
        assertTrue(badStatus.body().contains("is open or acknowledged"), badStatus.body());
        assertEquals(400, api().send(api().asAdmin(HttpRequest.GET("/api/v1/alerts?kind=sunspots"))).status());
        assertEquals(404, api().send(api().asAdmin(HttpRequest.POST("/api/v1/alerts/999999/acknowledge", "")))
                .status());
        assertEquals(401, api().send(HttpRequest.GET("/api/v1/alerts")).status());
    }

    @Test
    void checkingOnDemandLooksAtTheLastClosedMonth() {
        Map<String, Object> checked = api().json(api().asAdmin(HttpRequest.POST("/api/v1/alerts/check", "")));
        assertEquals(YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString(), checked.get("month"));
        assertEquals(0, checked.get("raisedCount"), "an empty community raises nothing");
    }

    @Test
    void theAdminInboxShowsAlertsAndAcknowledgesFromThePage() {
        Alert alert = raise(AlertKind.MEMBER_INACTIVE, "inbox:page", "Paula", "Paula: no activity for 91 days");
        Api.Answer inbox = api().send(page(HttpRequest.GET("/admin/alerts?kind=member_inactive")));
        assertEquals(200, inbox.status());
        assertTrue(inbox.body().contains("Paula: no activity for 91 days"), inbox.body());
        Api.Answer acknowledged = api().send(form("/admin/alerts/" + alert.id() + "/acknowledge",
                Map.of("kind", "member_inactive")));
        assertEquals(303, acknowledged.status());
        assertEquals("/admin/alerts?kind=member_inactive", acknowledged.header("Location"));
        assertEquals("acknowledged", api().json(api().asAdmin(HttpRequest.GET("/api/v1/alerts/" + alert.id())))
                .get("status"));
    }

    @Test
    void thePartnerFlagCannotBeSetByHand() {
        assertEquals(201, api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations",
                Map.of("name", "Partner Co", "domains", List.of("partner-co.example"))))).status());
        assertFalse(api().send(page(HttpRequest.GET("/admin/organizations/partner-co"))).body()
                .contains("<span class=\"state\">partner</span>"));
        assertEquals(404, api().send(api().asAdmin(HttpRequest.PUT("/api/v1/organizations/partner-co/partner",
                Map.of("value", true)))).status(), "the lifecycle owns the flag");

        assertFalse(api().send(page(HttpRequest.GET("/admin/organizations/partner-co"))).body()
                .contains("/admin/organizations/partner-co/partner"), "no button sets it by hand");
    }

    @Test
    void aNotifierIsConfiguredOnItsGeneratedFormAndItsSecretNeverShown() {
        Api.Answer list = api().send(page(HttpRequest.GET("/admin/notifiers")));
        assertTrue(list.body().contains("/admin/notifiers/new?notifier=org.partnersplatform.notify.webhook"));

        Api.Answer refused = api().send(form("/admin/notifiers", Map.of("notifier",
                "org.partnersplatform.notify.webhook", "name", "Chat", "config.webhookUrl", "not a url",
                "kind.activity_drop", "true", "enabled", "true")));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("value=\"Chat\""), "the form comes back as typed");

        String secretUrl = "https://hooks.example.org/services/T000/B000/very-secret-token";
        Api.Answer created = api().send(form("/admin/notifiers", Map.of("notifier",
                "org.partnersplatform.notify.webhook", "name", "Chat", "config.webhookUrl", secretUrl,
                "kind.activity_drop", "true", "kind.below_minimum", "true", "enabled", "true")));
        assertEquals(303, created.status(), created.body());

        List<Map<String, Object>> notifiers = listAt("/api/v1/notifiers");
        Map<String, Object> chat = notifiers.stream().filter(n -> n.get("name").equals("Chat")).findFirst()
                .orElseThrow();
        assertEquals(List.of("activity_drop", "below_minimum"), chat.get("alertKinds"));
        assertEquals(List.of("webhookUrl"), chat.get("secretsSet"));
        Api.Answer edit = api().send(page(HttpRequest.GET("/admin/notifiers/" + chat.get("id") + "/edit")));
        assertEquals(200, edit.status());
        assertFalse(edit.body().contains("very-secret-token"), "the secret is never put back into the page");
        assertTrue(edit.body().contains("stored; leave empty to keep it"));

        assertEquals(204, api().send(api().asAdmin(HttpRequest.DELETE("/api/v1/notifiers/" + chat.get("id"))))
                .status());
        assertEquals(404, api().send(api().asAdmin(HttpRequest.GET("/api/v1/notifiers/" + chat.get("id"))))
                .status());
    }
}
