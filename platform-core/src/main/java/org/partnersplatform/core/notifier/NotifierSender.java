package org.partnersplatform.core.notifier;

import jakarta.inject.Singleton;
import org.partnersplatform.api.SourceException;
import org.partnersplatform.api.notify.Notification;
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.core.ingest.SourceContexts;
import org.partnersplatform.core.plugin.PluginCalls;

/**
 * Hands one notification to the plugin of a notifier installation, on a plugin call thread with the call time limit
 * and the plugin's class loader as the thread's context class loader, so libraries a plugin bundles that look up
 * services through it (Jakarta Mail) find the plugin's own copies. Returning normally means the channel accepted it.
 */
@Singleton
public class NotifierSender {

    private final NotifierInstallations installations;
    private final PluginCalls calls;
    private final SourceContexts contexts;

    public NotifierSender(NotifierInstallations installations, PluginCalls calls, SourceContexts contexts) {
        this.installations = installations;
        this.calls = calls;
        this.contexts = contexts;
    }

    /**
     * Delivers the notification through the installation.
     *
     * @throws SourceException as the notifier threw it (temporary, rate limited, refused settings, refused message)
     * @throws PluginCalls.PluginCallException when the call timed out or the plugin failed otherwise
     * @throws org.partnersplatform.core.ConflictException when the notifier's plugin is not started
     */
    public void send(NotifierInstallation installation, Notification notification) {
        Notifier notifier = installations.startedNotifier(installation.notifierId());
        var config = installations.configOf(installation);
        var context = contexts.forNotifier(installation.notifierId());
        calls.call("delivering through " + installation.notifierId(), () -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(notifier.getClass().getClassLoader());
            try {
                notifier.deliver(notification, config, context);
            } finally {
                thread.setContextClassLoader(previous);
            }
            return null;
        });
    }
}
