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
 * Closes runs that a stopped node left open: a run marked running or queued whose installation lock nobody holds
 * was interrupted. It looks at startup for every open run, and whenever a run is about to start for the runs of that
 * installation, so a node that died does not block its installations until another node restarts. The committed
 * pages and checkpoint stay, so the next run continues where it stopped.
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
        runs.findByStatusInList(List.of(RunStatus.QUEUED, RunStatus.RUNNING)).forEach(this::closeIfAbandoned);
    }

    /**
     * Closes the running runs of an installation that no node is executing. Queued runs are left alone: a live
     * node may be about to start them.
     */
    void closeAbandonedRunsOf(long installationId) {
        runs.findByInstallationIdAndStatusInList(installationId, List.of(RunStatus.RUNNING))
                .forEach(this::closeIfAbandoned);
    }

    private void closeIfAbandoned(SyncRun run) {
        Optional<RunLock.Lease> lease = lock.tryAcquire(run.installationId());
        if (lease.isEmpty()) {
            return;
        }
        try (RunLock.Lease held = lease.get()) {
            // Read again under the lock: the run may have ended between the query and the lock.
            if (runs.findById(run.id()).map(r -> !r.status().isFinal()).orElse(false)) {
                runs.markFinished(run.id(), RunStatus.INTERRUPTED, clock.instant(),
                        "the node stopped during the run; the next run continues from the last saved checkpoint",
                        null);
                LOG.warn("Sync run {} of installation {} was interrupted by a stop", run.id(), run.installationId());
            }
        } catch (SQLException e) {
            LOG.warn("Could not release the run lock of installation {}", run.installationId(), e);
        }
    }
}
