package org.partnersplatform.plugins.discourse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.testkit.PullSourceContract;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * The test kit's contract checks on the recorded forum, with conversations and self-answers on so that every topic
 * yields items, and two topics a page so that the run has several checkpoints. The look-back is off: it re-reads on
 * purpose what a finished run read, which the contract's resume check would count as duplicates.
 */
class DiscourseSourceContractTest extends PullSourceContract {

    private ReplayServer server;

    @BeforeEach
    void startForum() {
        server = ReplayServer.start();
        Forum.serve(server);
    }

    @AfterEach
    void stopForum() {
        server.close();
    }

    @Override
    protected PullSource source() {
        return new DiscourseSource();
    }

    @Override
    protected SourceConfig config() {
        return Forum.config(server.baseUrl(), "includeConversations", "true", "countSelfAnswers", "true",
                "pageSize", "2", "solvedLookbackDays", "0");
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }
}
