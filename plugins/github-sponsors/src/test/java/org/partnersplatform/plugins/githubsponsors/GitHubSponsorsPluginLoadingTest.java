package org.partnersplatform.plugins.githubsponsors;

import java.util.List;
import org.partnersplatform.testkit.FinancePluginLoadingContract;

/** The plugin loads in PF4J when enabled and compatible, and only then (jackson-jr comes from the test class path). */
class GitHubSponsorsPluginLoadingTest extends FinancePluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.githubsponsors";
    }

    @Override
    protected Class<?> pluginClass() {
        return GitHubSponsorsPlugin.class;
    }

    @Override
    protected List<String> financeSourceIds() {
        return List.of("org.partnersplatform.githubsponsors");
    }
}
