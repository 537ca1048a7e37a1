package org.partnersplatform.plugins.manual;

import java.util.List;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.testkit.PluginLoadingContract;

/** The plugin loads in PF4J when enabled and compatible, and only then (jackson-jr comes from the test class path). */
class ManualPluginLoadingTest extends PluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.manual";
    }

    @Override
    protected Class<?> pluginClass() {
        return ManualPlugin.class;
    }

    @Override
    protected List<String> sourceIds() {
        return List.of("org.partnersplatform.manual");
    }

    @Override
    protected List<String> activityTypeKeys() {
        return CreditTypes.defaults().stream().map(ActivityType::key).toList();
    }
}
