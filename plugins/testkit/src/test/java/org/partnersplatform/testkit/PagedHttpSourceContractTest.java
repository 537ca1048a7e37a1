package org.partnersplatform.testkit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.PullSource;

/** A correct HTTP source passes every check of the contract, the rate-limit one included. */
class PagedHttpSourceContractTest extends PullSourceContract {

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        PostsFixture.register(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected PullSource source() {
        return new PagedHttpSource(PagedHttpSource.Flaw.NONE);
    }

    @Override
    protected SourceConfig config() {
        return PostsFixture.config(server);
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }
}
