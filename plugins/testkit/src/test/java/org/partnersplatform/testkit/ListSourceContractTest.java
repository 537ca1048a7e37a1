package org.partnersplatform.testkit;

import java.util.Map;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.PullSource;

/** A correct source without HTTP passes the contract; its rate-limit check is skipped, as it sends no request. */
class ListSourceContractTest extends PullSourceContract {

    @Override
    protected PullSource source() {
        return new ListSource();
    }

    @Override
    protected SourceConfig config() {
        return ListSource.SCHEMA.validate(Map.of("pageSize", "2"));
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }
}
