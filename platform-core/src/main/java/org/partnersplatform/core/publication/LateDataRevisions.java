package org.partnersplatform.core.publication;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.partnersplatform.core.ingest.RunFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a sync run that created or updated activities, revises the published months those activities fall in
 * ("late data from GitHub, run #12"; see {@link LateDataMonths}). A month whose boards did not change gets no
 * revision. A failure is logged and never reaches the run.
 */
@Singleton
class LateDataRevisions {

    private static final Logger LOG = LoggerFactory.getLogger(LateDataRevisions.class);

    private final LateDataMonths lateData;
    private final MonthPublisher publisher;

    LateDataRevisions(LateDataMonths lateData, MonthPublisher publisher) {
        this.lateData = lateData;
        this.publisher = publisher;
    }

    @EventListener
    public void onRunFinished(RunFinished event) {
        if (event.changed() == 0) {
            return;
        }
        try {
            lateData.of(event.runId()).ifPresent(late -> publisher.revise(late.months(), late.reason()));
        } catch (RuntimeException e) {
            LOG.warn("Revising published months after sync run {} failed; the next change of their figures will"
                    + " revise them", event.runId(), e);
        }
    }
}
