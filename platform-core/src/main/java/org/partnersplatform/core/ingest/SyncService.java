package org.partnersplatform.core.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.core.installation.InstallationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts sync runs and tells how they went. Runs execute in the background on a bounded pool of workers. */
@Singleton
public class SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final List<RunStatus> ACTIVE = List.of(RunStatus.QUEUED, RunStatus.RUNNING);

    private final SyncRunRepository runs;
    private final SyncRejectionRepository rejections;
    private final InstallationService installations;
    private final SyncRunner runner;
    private final InterruptedRunRecovery recovery;
    private final Clock clock;
    private final ExecutorService workers;

    SyncService(SyncRunRepository runs, SyncRejectionRepository rejections, InstallationService installations,
                SyncRunner runner, InterruptedRunRecovery recovery, IngestConfiguration configuration, Clock clock) {
        this.runs = runs;
        this.rejections = rejections;
        this.installations = installations;
        this.runner = runner;
        this.recovery = recovery;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, configuration.workers()), task -> {
            Thread thread = new Thread(task, "sync-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Queues a run of an installation and returns it at once; the run proceeds in the background.
     *
     * @throws ConflictException when the installation is disabled, its source unavailable, or a run is in progress
     */
    public SyncRun start(long installationId, RunTrigger trigger) {
        Installation installation = installations.find(installationId);
        if (!installation.enabled()) {
            throw new ConflictException("installation " + installationId + " is disabled; enable it to sync");
        }
        installations.requireAvailable(installation.sourceId());
        SyncRun run = queue(installationId, trigger);
        workers.execute(() -> {
            try {
                runner.execute(run.id());
            } catch (RuntimeException e) {
                LOG.error("Sync run {} could not be recorded", run.id(), e);
            }
        });
        return run;
    }

    private synchronized SyncRun queue(long installationId, RunTrigger trigger) {
        recovery.closeAbandonedRunsOf(installationId);
        if (runs.existsByInstallationIdAndStatusInList(installationId, ACTIVE)) {
            throw new ConflictException("a run of installation " + installationId + " is already in progress");
        }
        return runs.save(new SyncRun(null, installationId, trigger, RunStatus.QUEUED, clock.instant(), null, null,
                0, 0, 0, 0, 0, 0, null, null));
    }

    /** One run. */
    public SyncRun get(long runId) {
        return runs.findById(runId).orElseThrow(() -> new NotFoundException("no sync run " + runId));
    }

    /** The runs of an installation, newest first. */
    public List<SyncRun> runsOf(long installationId) {
        installations.find(installationId);
        return runs.findByInstallationIdOrderByIdDesc(installationId);
    }

    /** What a run rejected, and why. */
    public List<SyncRejection> rejectionsOf(long runId) {
        get(runId);
        return rejections.findByRunIdOrderById(runId);
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
    }
}
