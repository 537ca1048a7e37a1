package org.partnersplatform.plugins.opencollective;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.testkit.FinanceSourceContract;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/** The testkit's finance contract on the recorded collective: three pages, so three checkpoints to resume from. */
class OpenCollectiveContractTest extends FinanceSourceContract {

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        OpenCollectiveReplay.serveAll(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected FinanceSource source() {
        return new OpenCollectiveSource();
    }

    @Override
    protected SourceConfig config() {
        return OpenCollectiveReplay.config(server, Map.of());
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }
}
