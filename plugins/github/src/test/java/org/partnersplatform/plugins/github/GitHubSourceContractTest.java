package org.partnersplatform.plugins.github;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.testkit.PullSourceContract;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * The testkit's paging contract on two recorded repositories with a page size of 10: three pages of pull requests,
 * then releases, then the second repository, so a run returns six checkpoints to resume from.
 */
class GitHubSourceContractTest extends PullSourceContract {

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        GitHubReplay.serveBoth(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected PullSource source() {
        return new GitHubSource();
    }

    @Override
    protected SourceConfig config() {
        return GitHubReplay.config(server, Map.of(), GitHubReplay.OCTOKIT, GitHubReplay.GITHUB3);
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }
}
