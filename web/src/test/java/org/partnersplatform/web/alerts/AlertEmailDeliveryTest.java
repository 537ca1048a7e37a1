package org.partnersplatform.web.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.alert.Alert;
import org.partnersplatform.core.alert.AlertCandidate;
import org.partnersplatform.core.alert.AlertKind;
import org.partnersplatform.core.alert.AlertSubject;
import org.partnersplatform.core.alert.Alerts;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * Alerts delivered by the real email notifier plugin jar, configured through the API as a notifier installation, to
 * GreenMail, an SMTP server started on 127.0.0.1 for this test; the outbox worker polls every second.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertEmailDeliveryTest extends WebTestContext {

    private static final String EMAIL = "org.partnersplatform.notify.email";
    private static final String PASSWORD = "s3cret-smtp-pass";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Alerts alerts;

    private GreenMail smtp;
    private Api api;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("partners.alerts.delivery-poll", "1s");
    }

    @BeforeAll
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.org", "alerts", PASSWORD));
        smtp.start();
        api = new Api(client.toBlocking());
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    private Map<String, Object> notifier(String name, String password, List<String> kinds) {
        Map<String, Object> created = api.json(api.asAdmin(HttpRequest.POST("/api/v1/notifiers", Map.of(
                "notifier", EMAIL, "name", name, "alertKinds", kinds, "config", Map.of(
                        "host", "127.0.0.1", "port", smtp.getSmtp().getPort(), "security", "none",
                        "username", "alerts", "password", password,
                        "from", "Partners Platform <partners@example.org>", "to", "leads@example.org")))));
        assertTrue(created.containsKey("id"), created.toString());
        return created;
    }

    private Alert raise(AlertKind kind, String key, String subject, String message) {
        return alerts.raise(List.of(new AlertCandidate(kind, key, AlertSubject.ORGANIZATION, 1, subject, "2026-10",
                message))).get(0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> deliveryOf(Map<String, Object> alert) {
        return ((List<Map<String, Object>>) alert.get("deliveries")).get(0);
    }

    @Test
    void anAlertIsEmailedWithItsSenderRecipientSubjectAndFigures() throws Exception {
        Map<String, Object> notifier = notifier("Program leads", PASSWORD, List.of("activity_drop"));
        assertEquals(List.of("password"), notifier.get("secretsSet"));
        assertFalse(api.send(api.asAdmin(HttpRequest.GET("/api/v1/notifiers"))).body().contains(PASSWORD),
                "the password is never returned");

        Alert alert = raise(AlertKind.ACTIVITY_DROP, "activity_drop:e2e", "Acme",
                "Acme: most active score 12 → 5 (−58%) from September to October 2026");
        Map<String, Object> delivered = api.await("/api/v1/alerts/" + alert.id(),
                a -> "sent".equals(deliveryOf(a).get("status")));
        assertEquals(1, deliveryOf(delivered).get("attempts"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage message = received[0];
        assertEquals(List.of(new InternetAddress("partners@example.org", "Partners Platform")),
                Arrays.asList(message.getFrom()));
        assertEquals(List.of(new InternetAddress("leads@example.org")),
                Arrays.asList(message.getRecipients(Message.RecipientType.TO)));
        assertTrue(message.getSubject().endsWith("Activity drop: Acme"), message.getSubject());
        assertTrue(message.getMessageID().contains("alert-" + alert.id()), message.getMessageID());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("Acme: most active score 12 → 5 (−58%) from September to October 2026"), text);
    }

    @Test
    void aDeliveryTheServerRefusesEndsFailedWithItsReason() throws Exception {
        notifier("Wrong password", "not-the-password", List.of("below_minimum"));
        Alert alert = raise(AlertKind.BELOW_MINIMUM, "below_minimum:e2e", "Initech",
                "Initech: 0 contributions in October 2026, below the practical minimum of 1");
        Map<String, Object> failed = api.await("/api/v1/alerts/" + alert.id(),
                a -> "failed".equals(deliveryOf(a).get("status")));
        Map<String, Object> delivery = deliveryOf(failed);
        assertEquals(1, delivery.get("attempts"));
        String reason = (String) delivery.get("lastError");
        assertTrue(reason.startsWith("settings refused: [password"), reason);
        assertFalse(reason.contains("not-the-password"), reason);
    }

    @Test
    void aTestNotificationReportsWhetherTheSettingsWork() {
        Map<String, Object> notifier = notifier("Test me", PASSWORD, List.of("member_returned"));
        int before = smtp.getReceivedMessages().length;
        Map<String, Object> outcome = api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/notifiers/" + notifier.get("id") + "/test", "")));
        assertEquals(true, outcome.get("delivered"), outcome.toString());
        assertEquals(before + 1, smtp.getReceivedMessages().length);
    }
}
