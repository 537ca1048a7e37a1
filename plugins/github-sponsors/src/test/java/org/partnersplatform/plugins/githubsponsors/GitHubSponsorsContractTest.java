package org.partnersplatform.plugins.githubsponsors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.testkit.FinanceSourceContract;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/** The testkit's finance contract on the recorded account: three pages, so three checkpoints to resume from. */
class GitHubSponsorsContractTest extends FinanceSourceContract {

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        GitHubSponsorsReplay.serveAll(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected FinanceSource source() {
        return new GitHubSponsorsSource();
    }

    @Override
    protected SourceConfig config() {
        return GitHubSponsorsReplay.config(server);
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }
}
