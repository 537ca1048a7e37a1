package org.partnersplatform.plugins.notify.webhook;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import org.partnersplatform.api.notify.Notification;

/** The notifications and fixtures the webhook tests share. */
final class WebhookTestData {

    /** The path of the test webhook; its last segment plays the secret token Slack puts in the URL. */
    static final String HOOK_PATH = "/services/T0001/B0001/hook-s3cret-token";
    static final String SECRET = "hook-s3cret-token";

    private WebhookTestData() {
    }

    /** An activity-drop alert with Markdown, fields and a link, and characters Slack wants escaped. */
    static Notification activityDrop() {
        return Notification.builder("alert-42", "activity_drop")
                .title("Acme & Co's activity dropped by 62%")
                .text("Acme & Co had 13 contributions in February, against 34 in January.")
                .markdown("**Acme & Co** had 13 contributions in February, against 34 in January.\n\n"
                        + "- merged pull requests: 4\n- reviews: 9")
                .link(URI.create("https://partners.example.org/admin/alerts/42"))
                .occurredAt(Instant.parse("2025-03-01T06:00:00Z"))
                .field("Organization", "Acme & Co")
                .field("Month", "2025-02")
                .field("Change", "-62%")
                .build();
    }

    /** A welcome-back alert with plain text only. */
    static Notification memberReturned() {
        return Notification.builder("alert-43", "member_returned")
                .title("Ana is back")
                .text("Ana <ana@example.org> contributed again after 120 days.")
                .occurredAt(Instant.parse("2025-03-02T09:30:00Z"))
                .build();
    }

    /** A JSON fixture from the test class path, parsed. */
    static Object fixture(String name) {
        try (InputStream in = WebhookTestData.class.getResourceAsStream("/fixtures/webhook/" + name)) {
            return JSON.std.anyFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object parsed(String json) {
        try {
            return JSON.std.anyFrom(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
