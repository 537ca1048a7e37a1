package org.partnersplatform.plugins.jira;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.testkit.PullSourceContract;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * The testkit's pull-source contract against the Cloud-shaped recordings: five issues over three pages of two, three
 * of them in the same minute, so checkpoints fall inside a minute and resuming must skip by key.
 */
class JiraSourceContractTest extends PullSourceContract {

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        JiraTestSupport.serveCloudPages(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected PullSource source() {
        return new JiraSource();
    }

    @Override
    protected SourceConfig config() {
        return JiraTestSupport.config(JiraTestSupport.cloud(server));
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }
}
