package org.partnersplatform.plugins.discourse;

import java.util.List;
import org.partnersplatform.testkit.PluginLoadingContract;

/** The plugin loads in PF4J when enabled and compatible, and only then (jackson-jr comes from the test class path). */
class DiscoursePluginLoadingTest extends PluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.discourse";
    }

    @Override
    protected Class<?> pluginClass() {
        return DiscoursePlugin.class;
    }

    @Override
    protected List<String> sourceIds() {
        return List.of("org.partnersplatform.discourse");
    }

    @Override
    protected List<String> activityTypeKeys() {
        return List.of("accepted_solution", "topic_created", "reply_posted");
    }
}
