package org.partnersplatform.core.alert;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import org.partnersplatform.api.notify.Notification;

/**
 * The notification of an alert. Its id is derived from the alert's id alone ({@code alert-42}), so every attempt to
 * deliver the same alert carries the same id and a channel that deduplicates (an email's Message-ID) sees one
 * message. The link points into the admin inbox when {@code partners.alerts.inbox-url} is set.
 */
@Singleton
public class AlertNotifications {

    private final URI inbox;

    public AlertNotifications(@Nullable @Value("${partners.alerts.inbox-url:}") String inboxUrl) {
        this.inbox = inboxUrl == null || inboxUrl.isBlank() ? null : URI.create(inboxUrl.strip());
    }

    /** The notification id of an alert. */
    public static String idOf(long alertId) {
        return "alert-" + alertId;
    }

    /** What to deliver for that alert. */
    public Notification of(Alert alert) {
        String subject = alert.subjectType() == AlertSubject.ORGANIZATION ? "Organization" : "Member";
        return Notification.builder(idOf(alert.id()), alert.kind().key())
                .title(title(alert))
                .text(alert.message())
                .link(inbox == null ? null : URI.create(inbox + "?kind=" + alert.kind().key() + "#alert-" + alert.id()))
                .occurredAt(alert.createdAt())
                .field("Alert", alert.kind().label())
                .field(subject, alert.subjectName())
                .field(alert.subjectType() == AlertSubject.ORGANIZATION ? "Month" : "Date", alert.period())
                .build();
    }

    /** A test notification for checking a notifier installation's settings. */
    public Notification test(long notifierInstallationId, Instant at) {
        return Notification.builder("test-" + notifierInstallationId + "-" + at.toEpochMilli(), "test")
                .title("Test notification from the partners platform")
                .text("This is a test: the notifier installation is configured and can deliver alerts.")
                .occurredAt(at)
                .build();
    }

    private static String title(Alert alert) {
        String title = alert.kind().label() + ": " + alert.subjectName();
        return title.length() > Notification.MAX_TITLE ? title.substring(0, Notification.MAX_TITLE) : title;
    }
}
