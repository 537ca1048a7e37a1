package org.partnersplatform.plugins.notify.email;

import java.util.List;
import org.partnersplatform.testkit.NotifierPluginLoadingContract;

/** The plugin as the host loads it: a real jar of target/classes in a real PF4J plugin manager. */
class EmailNotifierPluginLoadingTest extends NotifierPluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.notify.email";
    }

    @Override
    protected Class<?> pluginClass() {
        return EmailNotifierPlugin.class;
    }

    @Override
    protected List<String> notifierIds() {
        return List.of(EmailNotifier.ID);
    }
}
