package org.partnersplatform.plugins.notify.webhook;

import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.notify.Notification;
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.api.notify.NotifierDescriptor;
import org.pf4j.Extension;

/**
 * Posts alerts to a chat incoming webhook in Slack's format, which Mattermost and Rocket.Chat also accept. Stateless;
 * {@link SlackMessage} writes the message and {@link WebhookClient} posts it through the core's HTTP client.
 */
@Extension
public final class WebhookNotifier implements Notifier {

    static final String ID = "org.partnersplatform.notify.webhook";
    static final String WEBHOOK_URL = "webhookUrl";

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(WEBHOOK_URL, ConfigType.URL)
                    .label("Webhook URL")
                    .help("The incoming webhook's URL from the chat service (Slack: https://hooks.slack.com/services/"
                            + "...); it is the credential, so it is stored encrypted and never shown again.")
                    .required()
                    .secret()
                    .build());

    private static final NotifierDescriptor DESCRIPTOR = new NotifierDescriptor(ID, "Chat webhook",
            "Posts each alert to a Slack, Mattermost or Rocket.Chat channel through an incoming webhook.", SCHEMA);

    @Override
    public NotifierDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void deliver(Notification notification, SourceConfig config, SourceContext context) {
        new WebhookClient(context.http(), config.url(WEBHOOK_URL)).post(SlackMessage.json(notification));
        context.logger().info("Posted notification {} ({}) to the chat webhook at {}", notification.id(),
                notification.kind(), config.url(WEBHOOK_URL).getHost());
    }
}
