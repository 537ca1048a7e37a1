package org.partnersplatform.core.ingest;

import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.core.activity.RegisteredActivityType;
import org.partnersplatform.core.installation.Installation;

/** The pages of a contribution source's run, stored as activities of the types registered when the run started. */
record ActivityRunPages(PageStore pages, Map<String, RegisteredActivityType> types)
        implements RunPageStore<ActivityRecord> {

    @Override
    public PageOutcome store(Installation installation, Page<ActivityRecord> page, long runId) {
        return pages.store(installation, types, page.items(), page.rejected(), Optional.of(runId),
                Optional.of(page.next()));
    }
}
