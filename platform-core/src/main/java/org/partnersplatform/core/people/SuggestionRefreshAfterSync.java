package org.partnersplatform.core.people;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.partnersplatform.core.ingest.RunFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for merge suggestions again after a sync run that stored something, since new identities may be new
 * halves of a pair. A failure here is logged and never reaches the run.
 */
@Singleton
class SuggestionRefreshAfterSync {

    private static final Logger LOG = LoggerFactory.getLogger(SuggestionRefreshAfterSync.class);

    private final MergeSuggestions suggestions;

    SuggestionRefreshAfterSync(MergeSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @EventListener
    public void onRunFinished(RunFinished event) {
        if (event.changed() == 0) {
            return;
        }
        try {
            suggestions.refresh();
        } catch (RuntimeException e) {
            LOG.warn("Refreshing merge suggestions after sync run {} failed; the next run or an administrator will"
                    + " refresh them", event.runId(), e);
        }
    }
}
