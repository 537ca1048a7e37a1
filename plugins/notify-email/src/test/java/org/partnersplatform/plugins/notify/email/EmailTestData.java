package org.partnersplatform.plugins.notify.email;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.notify.Notification;

/** The notification and settings the email tests share. */
final class EmailTestData {

    static final String FROM = "Partners Platform <partners@example.org>";
    static final String TO = "leads@example.org, \"Doe, Ana\" <ana@example.org>";

    private EmailTestData() {
    }

    /** An activity-drop alert with Markdown, fields and a link. */
    static Notification activityDrop() {
        return Notification.builder("alert-42", "activity_drop")
                .title("Acme's activity dropped by 62%")
                .text("Acme had 13 contributions in February, against 34 in January.")
                .markdown("**Acme** had 13 contributions in February, against 34 in January.\n\n"
                        + "- merged pull requests: 4\n- reviews: 9")
                .link(URI.create("https://partners.example.org/admin/alerts/42"))
                .occurredAt(Instant.parse("2025-03-01T06:00:00Z"))
                .field("Organization", "Acme")
                .field("Month", "2025-02")
                .field("Change", "-62%")
                .build();
    }

    /** Settings for a plain SMTP server on 127.0.0.1, with extra or replaced values. */
    static SourceConfig plainSmtp(int port, Map<String, String> overrides) {
        Map<String, String> raw = new HashMap<>(Map.of(
                EmailSettings.HOST, "127.0.0.1",
                EmailSettings.PORT, Integer.toString(port),
                EmailSettings.SECURITY, "none",
                EmailSettings.FROM, FROM,
                EmailSettings.TO, TO));
        raw.putAll(overrides);
        return EmailSettings.SCHEMA.validate(raw);
    }
}
