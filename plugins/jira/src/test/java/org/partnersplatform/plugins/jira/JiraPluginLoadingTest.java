package org.partnersplatform.plugins.jira;

import java.util.List;
import org.partnersplatform.testkit.PluginLoadingContract;

/** The plugin loads in PF4J when enabled and compatible, and only then (jackson-jr comes from the test class path). */
class JiraPluginLoadingTest extends PluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.jira";
    }

    @Override
    protected Class<?> pluginClass() {
        return JiraPlugin.class;
    }

    @Override
    protected List<String> sourceIds() {
        return List.of("org.partnersplatform.jira");
    }

    @Override
    protected List<String> activityTypeKeys() {
        return List.of("issue_resolved");
    }
}
