package org.partnersplatform.core.ingest;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.core.installation.InstallationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the runs that are due: installations with a sync interval, or a rate-limited run's retry time. With several
 * nodes each may try; the run lock lets only one of them run an installation.
 */
@Singleton
class SyncScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final InstallationRepository installations;
    private final SyncService syncs;
    private final Clock clock;

    SyncScheduler(InstallationRepository installations, SyncService syncs, Clock clock) {
        this.installations = installations;
        this.syncs = syncs;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${partners.ingest.schedule-poll:30s}", initialDelay = "${partners.ingest.schedule-poll:30s}")
    void startDueRuns() {
        Instant now = clock.instant();
        for (Installation installation : installations.findByEnabledTrueAndNextSyncAtLessThanEquals(now)) {
            Integer interval = installation.syncIntervalMinutes();
            installations.updateNextSyncAt(installation.id(), interval == null ? null : now.plusSeconds(interval * 60L));
            try {
                syncs.start(installation.id(), RunTrigger.SCHEDULE);
            } catch (ConflictException e) {
                LOG.info("Scheduled sync of installation {} not started: {}", installation.id(), e.getMessage());
            }
        }
    }
}
