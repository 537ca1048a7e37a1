package org.partnersplatform.plugins.stackexchange;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.testkit.PullSourceContract;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * The test kit's pull-source contract against the recorded questions and answers, served gzipped by the fake API,
 * with two overlapping tags and pages of 3 questions, so that a run has several checkpoints, moves from one tag to the
 * next and skips the questions the first tag already counted.
 */
class StackExchangeContractTest extends PullSourceContract {

    private FakeStackExchangeApi api;

    @BeforeEach
    void startApi() {
        api = FakeStackExchangeApi.start();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Override
    protected PullSource source() {
        return new StackExchangeSource();
    }

    @Override
    protected SourceConfig config() {
        return StackExchangeSourceConfig.SCHEMA.validate(Map.of(
                "baseUrl", api.baseUrl(), "tags", "c\narrays", "pageSize", "3"));
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }
}
