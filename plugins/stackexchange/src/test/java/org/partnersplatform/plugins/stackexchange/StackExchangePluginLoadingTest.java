package org.partnersplatform.plugins.stackexchange;

import java.util.List;
import org.partnersplatform.testkit.PluginLoadingContract;

/** The plugin loads in PF4J when enabled and compatible, and only then (jackson-jr comes from the test class path). */
class StackExchangePluginLoadingTest extends PluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.stackexchange";
    }

    @Override
    protected Class<?> pluginClass() {
        return StackExchangePlugin.class;
    }

    @Override
    protected List<String> sourceIds() {
        return List.of("org.partnersplatform.stackexchange");
    }

    @Override
    protected List<String> activityTypeKeys() {
        return List.of("accepted_answer", "answer_posted");
    }

    /** The plugin uses {@code HttpRequestSpec.Builder#callerHandles}, added in API 1.1.0. */
    @Override
    protected String requires() {
        return ">=1.1.0 & <2.0.0";
    }
}
