package org.partnersplatform.api.source;

import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;

/** A source the core reads from, page by page, in sync runs. */
public interface PullSource extends ContributionSource {

    /**
     * Opens a session for one sync run. Opening must be cheap and must not read the source yet; failures belong to
     * {@link PagedSession#fetch}.
     *
     * @param config the installation's validated settings
     * @param context the run's HTTP client, clock and logger
     */
    PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context);
}
