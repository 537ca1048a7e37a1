package org.partnersplatform.plugins.github;

import java.util.List;
import org.partnersplatform.testkit.PluginLoadingContract;

/** The plugin loads in PF4J when enabled and compatible, and only then (jackson-jr comes from the test class path). */
class GitHubPluginLoadingTest extends PluginLoadingContract {

    @Override
    protected String pluginId() {
        return "org.partnersplatform.github";
    }

    @Override
    protected Class<?> pluginClass() {
        return GitHubPlugin.class;
    }

    @Override
    protected List<String> sourceIds() {
        return List.of("org.partnersplatform.github");
    }

    @Override
    protected List<String> activityTypeKeys() {
        return List.of("pull_request_merged", "review_approved", "review_changes_requested",
                "review_commented", "release_published", "issue_opened", "issue_comment");
    }
}
