package org.partnersplatform.core.alert;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.partnersplatform.api.SourceException;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.notifier.NotifierInstallations;
import org.partnersplatform.core.notifier.NotifierSender;
import org.partnersplatform.core.plugin.PluginCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a test notification through a notifier installation at once, outside the outbox, so an administrator sees
 * whether the settings work. The outcome carries the plugin's reason, which the notifier contract keeps free of
 * secrets.
 */
@Singleton
public class TestNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(TestNotifications.class);

    private final NotifierInstallations installations;
    private final NotifierSender sender;
    private final AlertNotifications notifications;
    private final Clock clock;

    public TestNotifications(NotifierInstallations installations, NotifierSender sender,
                             AlertNotifications notifications, Clock clock) {
        this.installations = installations;
        this.sender = sender;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Whether the test was delivered, and what the channel said when it was not. */
    public record Outcome(boolean delivered, String message) {
    }

    /** Sends the test notification through the installation of that id. */
    public Outcome send(long notifierInstallationId) {
        var installation = installations.find(notifierInstallationId);
        try {
            sender.send(installation, notifications.test(notifierInstallationId, clock.instant()));
            return new Outcome(true, "The test notification was delivered through \"" + installation.name() + "\".");
        } catch (SourceException | PluginCalls.PluginCallException | ConflictException e) {
            LOG.info("A test notification through notifier installation {} failed", notifierInstallationId);
            return new Outcome(false, "The test notification was not delivered: " + e.getMessage());
        }
    }
}
