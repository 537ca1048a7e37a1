package org.partnersplatform.plugins.notify.email;

import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.notify.Notification;
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.api.notify.NotifierDescriptor;
import org.pf4j.Extension;

/**
 * Delivers alerts by email through an SMTP server: one multipart message (plain text and HTML) per notification, to
 * every configured recipient at once. Stateless; {@link MessageComposer} writes the message and {@link SmtpClient}
 * sends it.
 */
@Extension
public final class EmailNotifier implements Notifier {

    static final String ID = "org.partnersplatform.notify.email";

    private static final NotifierDescriptor DESCRIPTOR = new NotifierDescriptor(ID, "Email",
            "Sends each alert as an email through an SMTP server.", EmailSettings.SCHEMA);

    @Override
    public NotifierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validate(SourceConfig config) {
        EmailSettings.of(config);
    }

    @Override
    public void deliver(Notification notification, SourceConfig config, SourceContext context) {
        EmailSettings settings = EmailSettings.of(config);
        new SmtpClient(settings, context.logger()).send(session -> MessageComposer.compose(session, notification,
                settings, context.clock().instant()));
        context.logger().info("Sent notification {} ({}) by email to {} recipients through {}:{}",
                notification.id(), notification.kind(), settings.to().size(), settings.host(), settings.port());
    }
}
