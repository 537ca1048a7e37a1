package org.partnersplatform.core.ingest;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At startup, closes runs that a stopped node left open: a run marked running whose installation lock nobody holds
 * was interrupted. Its committed pages and checkpoint stay, so the next run continues where it stopped.
 */
@Singleton
class InterruptedRunRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedRunRecovery.class);

    private final SyncRunRepository runs;
    private final RunLock lock;
    private final Clock clock;

    InterruptedRunRecovery(SyncRunRepository runs, RunLock lock, Clock clock) {
        this.runs = runs;
        this.lock = lock;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (SyncRun run : runs.findByStatusInList(List.of(RunStatus.QUEUED, RunStatus.RUNNING))) {
            Optional<RunLock.Lease> lease = lock.tryAcquire(run.installationId());
            if (lease.isEmpty()) {
                continue;
            }
            try (RunLock.Lease held = lease.get()) {
                runs.markFinished(run.id(), RunStatus.INTERRUPTED, clock.instant(),
                        "the node stopped during the run; the next run continues from the last saved checkpoint",
                        null);
                LOG.warn("Sync run {} of installation {} was interrupted by a stop", run.id(), run.installationId());
            } catch (SQLException e) {
                LOG.warn("Could not release the run lock of installation {}", run.installationId(), e);
            }
        }
    }
}
