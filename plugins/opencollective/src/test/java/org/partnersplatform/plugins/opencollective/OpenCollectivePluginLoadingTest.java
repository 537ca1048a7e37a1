package org.partnersplatform.plugins.opencollective;

import java.util.List;
import org.partnersplatform.testkit.FinancePluginLoadingContract;

/** The plugin loads in PF4J when enabled and compatible, and only then (jackson-jr comes from the test class path). */
class OpenCollectivePluginLoadingTest extends FinancePluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.opencollective";
    }

    @Override
    protected Class<?> pluginClass() {
        return OpenCollectivePlugin.class;
    }

    @Override
    protected List<String> financeSourceIds() {
        return List.of("org.partnersplatform.opencollective");
    }
}
