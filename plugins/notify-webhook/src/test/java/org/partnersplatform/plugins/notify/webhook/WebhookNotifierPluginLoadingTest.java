package org.partnersplatform.plugins.notify.webhook;

import java.util.List;
import org.partnersplatform.testkit.NotifierPluginLoadingContract;

/** The plugin as the host loads it: a real jar of target/classes in a real PF4J plugin manager. */
class WebhookNotifierPluginLoadingTest extends NotifierPluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.notify.webhook";
    }

    @Override
    protected Class<?> pluginClass() {
        return WebhookNotifierPlugin.class;
    }

    @Override
    protected List<String> notifierIds() {
        return List.of(WebhookNotifier.ID);
    }
}
