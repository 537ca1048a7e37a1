package org.partnersplatform.plugins.git;

import java.util.List;
import org.partnersplatform.testkit.PluginLoadingContract;

/** The plugin loads in PF4J when enabled and compatible, and only then (JGit comes from the test class path). */
class GitPluginLoadingTest extends PluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.git";
    }

    @Override
    protected Class<?> pluginClass() {
        return GitPlugin.class;
    }

    @Override
    protected List<String> sourceIds() {
        return List.of("org.partnersplatform.git");
    }

    @Override
    protected List<String> activityTypeKeys() {
        return List.of("commit");
    }
}
