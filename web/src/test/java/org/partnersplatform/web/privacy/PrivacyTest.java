package org.partnersplatform.web.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.publication.GitCommunity;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/** Export and erasure of a person through the API and the admin privacy page; each test erases its own person. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MemberRepository members;

    @Inject
    JsonMapper json;

    private Api api;
    private Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        jdbc = new Jdbc(properties);
        return properties;
    }

    @BeforeAll
    void community() throws Exception {
        api = new Api(client.toBlocking());
        GitCommunity.sync(api, dataDir, "people", List.of(
                "Quentin Zabriskie|quentin.zabriskie@acme.example|2025-06-02T09:00:00Z",
                "Quentin Zabriskie|quentin.zabriskie@acme.example|2025-06-03T09:00:00Z",
                "Rhea Vantablack|rhea@acme.example|2025-06-04T09:00:00Z",
                "Sven Oddbody|sven@acme.example|2025-06-05T09:00:00Z",
                "Olga Other|olga@acme.example|2025-06-06T09:00:00Z"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportIsAnAttachmentHoldingThePersonsIdentitiesAndActivities() throws Exception {
        long quentin = member("quentin.zabriskie@acme.example");
        Api.Answer answer = api.send(api.asAdmin(HttpRequest.GET("/api/v1/people/" + quentin + "/export")));
        assertEquals(200, answer.status());
        assertEquals("attachment; filename=\"member-" + quentin + "-personal-data.json\"",
                answer.header("Content-Disposition"));
        Map<String, Object> document = json.readValue(answer.body(), Map.class);
        assertEquals(quentin, ((Number) document.get("memberId")).longValue());
        Map<String, Object> identity = ((List<Map<String, Object>>) document.get("identities")).get(0);
        assertEquals(List.of("quentin.zabriskie@acme.example", "Quentin Zabriskie"),
                List.of(identity.get("email"), identity.get("displayName")));
        List<Map<String, Object>> activities = (List<Map<String, Object>>) document.get("activities");
        assertEquals(List.of("people|commit|2025-06-02T09:00:00Z|acme.example",
                "people|commit|2025-06-03T09:00:00Z|acme.example"), activities.stream()
                .map(a -> a.get("installation") + "|" + a.get("type") + "|" + a.get("date") + "|"
                        + a.get("organization")).toList());
        assertEquals(1L, jdbc.count("SELECT COUNT(*) FROM privacy_event WHERE member_id = ? AND action = 'EXPORT'"
                + " AND performed_by = 'api-admin'", quentin));
    }

    @Test
    void anUnknownPersonAnswers404() {
        assertEquals("no member #987654", api.json(api.asAdmin(HttpRequest.GET("/api/v1/people/987654/export")))
                .get("message"));
        assertEquals("no member #987654", api.json(erase(987654, Map.of("confirm", true))).get("message"));
        assertEquals(404, api.send(api.asAdmin(HttpRequest.GET("/admin/people/987654/privacy"))).status());
    }

    @Test
    void erasingNeedsAnExplicitConfirmation() {
        long olga = member("olga@acme.example");
        for (MutableHttpRequest<?> request : List.of(
                api.asAdmin(HttpRequest.POST("/api/v1/people/" + olga + "/erase", "")),
                erase(olga, Map.of("confirm", false)), erase(olga, Map.of()))) {
            Api.Answer answer = api.send(request);
            assertEquals(400, answer.status());
            assertTrue(answer.body().contains("erasing a person cannot be undone: send {\\\"confirm\\\": true}"),
                    answer.body());
        }
        assertEquals("Olga Other", members.findById(olga).orElseThrow().displayName());
    }

    @Test
    void erasingAnswersWithWhatWasErasedAndRefusesASecondTime() {
        long rhea = member("rhea@acme.example");
        Map<String, Object> summary = api.json(erase(rhea, Map.of("confirm", true)));
        assertEquals(List.of(rhea, 1, 1, 0, "anonymise"), List.of(((Number) summary.get("memberId")).longValue(),
                summary.get("identities"), summary.get("activitiesAnonymised"), summary.get("activitiesRemoved"),
                summary.get("policy")));
        assertEquals("Erased member #" + rhea, members.findById(rhea).orElseThrow().displayName());
        assertEquals(0L, jdbc.count("SELECT COUNT(*) FROM identity WHERE email = 'rhea@acme.example'"));

        Api.Answer again = api.send(erase(rhea, Map.of("confirm", true)));
        assertEquals(409, again.status());
        assertTrue(again.body().contains("was already erased"), again.body());
    }

    @Test
    void aMergedMemberAnswers409NamingTheMemberToErase() {
        long olga = member("olga@acme.example");
        Member merged = members.save(new Member(null, "Olga O.", false, Instant.now(), false, olga, null));
        Api.Answer answer = api.send(erase(merged.id(), Map.of("confirm", true)));
        assertEquals(409, answer.status());
        assertTrue(answer.body().contains("erase member #" + olga + " instead"), answer.body());
    }

    @Test
    void thePrivacyPageOffersTheExportAndAnErasureFormThatAsksForTheId() {
        long quentin = member("quentin.zabriskie@acme.example");
        Api.Answer page = api.send(api.asAdmin(HttpRequest.GET("/admin/people/" + quentin + "/privacy")));
        assertEquals(200, page.status());
        for (String text : List.of("Privacy: Quentin Zabriskie", "href=\"/api/v1/people/" + quentin + "/export\"",
                "Type the member id, " + quentin + ", to confirm", "<strong>anonymised</strong>")) {
            assertTrue(page.body().contains(text), text + " in " + page.body());
        }
    }

    @Test
    void thePrivacyFormErasesOnlyWhenTheIdIsTyped() {
        long sven = member("sven@acme.example");
        Api.Answer wrong = api.send(form(sven, "Sven"));
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("Nothing was erased: type the member id, " + sven + ", to confirm."),
                wrong.body());
        assertEquals("Sven Oddbody", members.findById(sven).orElseThrow().displayName());

        Api.Answer erased = api.send(form(sven, Long.toString(sven)));
        assertEquals(200, erased.status());
        for (String text : List.of("Privacy: Erased member #" + sven, "<strong>Erased.</strong>",
                "1 activities anonymised", "<td>ERASE</td><td>ANONYMISE</td><td>api-admin</td>",
                "This member cannot be erased: member #" + sven + " was already erased")) {
            assertTrue(erased.body().contains(text), text + " in " + erased.body());
        }
        assertTrue(!erased.body().contains("Sven Oddbody"), "the page no longer names him");
    }

    @Test
    void onlyAnAdministratorExportsOrErases() {
        long olga = member("olga@acme.example");
        assertEquals(401, api.send(HttpRequest.GET("/api/v1/people/" + olga + "/export")).status());
        assertEquals(401, api.send(HttpRequest.POST("/api/v1/people/" + olga + "/erase", Map.of("confirm", true)))
                .status());
    }

    private MutableHttpRequest<?> erase(long memberId, Map<String, Object> body) {
        return api.asAdmin(HttpRequest.POST("/api/v1/people/" + memberId + "/erase", body));
    }

    private MutableHttpRequest<String> form(long memberId, String confirm) {
        return api.asAdmin(HttpRequest.POST("/admin/people/" + memberId + "/privacy/erase", "confirm=" + confirm)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }

    private long member(String email) {
        return Long.parseLong(jdbc.value("SELECT member_id FROM identity WHERE email = ?", email));
    }
}
