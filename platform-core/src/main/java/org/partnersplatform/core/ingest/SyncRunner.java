package org.partnersplatform.core.ingest;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.http.Sleeper;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ContributionSource;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.activity.ActivityTypeRegistry;
import org.partnersplatform.core.activity.RegisteredActivityType;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.core.installation.InstallationRepository;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.plugin.PluginCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes one sync run: takes the installation's lock, pages through the plugin from the saved checkpoint, stores
 * each page with its checkpoint (activities of a contribution source, payments of a finance source, each through its
 * {@link RunPageStore}), and ends the run with a status and a message. Temporary failures are retried with
 * backoff, short rate limits waited out, long ones rescheduled; any failure ends only this run and keeps what it
 * committed.
 */
@Singleton
class SyncRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);
    private static final int MAX_RATE_LIMIT_WAITS = 10;

    private final SyncRunRepository runs;
    private final InstallationRepository installationRepository;
    private final InstallationService installations;
    private final ActivityTypeRegistry activityTypes;
    private final PageStore pages;
    private final RunPageStore<PaymentRecord> payments;
    private final RunLock lock;
    private final PluginCalls calls;
    private final SourceContexts contexts;
    private final IngestConfiguration configuration;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ApplicationEventPublisher<RunFinished> events;

    SyncRunner(SyncRunRepository runs, InstallationRepository installationRepository,
               InstallationService installations, ActivityTypeRegistry activityTypes, PageStore pages,
               RunPageStore<PaymentRecord> payments, RunLock lock, PluginCalls calls, SourceContexts contexts,
               IngestConfiguration configuration, Sleeper sleeper, Clock clock,
               ApplicationEventPublisher<RunFinished> events) {
        this.runs = runs;
        this.installationRepository = installationRepository;
        this.installations = installations;
        this.activityTypes = activityTypes;
        this.pages = pages;
        this.payments = payments;
        this.lock = lock;
        this.calls = calls;
        this.contexts = contexts;
        this.configuration = configuration;
        this.sleeper = sleeper;
        this.clock = clock;
        this.events = events;
    }

    /** Runs a queued run, then announces its end once the installation's lock is released. */
    void execute(long runId) {
        SyncRun run = runs.findById(runId).orElseThrow();
        Installation installation = installations.find(run.installationId());
        Optional<RunLock.Lease> lease = lock.tryAcquire(installation.id());
        if (lease.isEmpty()) {
            announce(finish(runId, RunStatus.SKIPPED, "another node is running this installation", null));
            return;
        }
        RunFinished finished;
        try (RunLock.Lease held = lease.get()) {
            runs.markStarted(runId, RunStatus.RUNNING, clock.instant());
            LOG.info("Sync run {} of installation {} \"{}\" started from {}", runId, installation.id(),
                    installation.name(), installation.checkpoint().isEmpty() ? "the beginning" : "its checkpoint");
            Outcome outcome = pageThrough(runId, installation);
            finished = finish(runId, outcome.status(), outcome.message(), outcome.retryAt());
        } catch (Exception e) {
            LOG.warn("Sync run {} of installation {} failed", runId, installation.id(), e);
            finished = finish(runId, RunStatus.FAILED, describe(e), null);
        }
        announce(finished);
    }

    private Outcome pageThrough(long runId, Installation installation) {
        Optional<FinanceSource> finance = installations.financeSource(installation.sourceId());
        if (finance.isPresent()) {
            SourceConfig config = installations.configOf(installation);
            SourceContext context = contexts.forInstallation(installation);
            return readAll(runId, installation, calls.call("opening a session",
                    () -> finance.get().open(config, context)), payments);
        }
        ContributionSource source = installations.startedSource(installation.sourceId());
        if (!(source instanceof PullSource pull)) {
            return new Outcome(RunStatus.FAILED, "the source " + installation.sourceId()
                    + " only receives pushed activities; it cannot be synced", null);
        }
        SourceConfig config = installations.configOf(installation);
        Map<String, RegisteredActivityType> types = activityTypes.register(installation.sourceId(),
                calls.call("listing the activity types", () -> source.activityTypes(config)));
        SourceContext context = contexts.forInstallation(installation);
        PagedSession<ActivityRecord> session = calls.call("opening a session", () -> pull.open(config, context));
        return readAll(runId, installation, session, new ActivityRunPages(pages, types));
    }

    private <T> Outcome readAll(long runId, Installation installation, PagedSession<T> session,
                                RunPageStore<T> store) {
        try {
            return readPages(runId, installation, session, store);
        } finally {
            closeQuietly(session, runId);
        }
    }

    private <T> Outcome readPages(long runId, Installation installation, PagedSession<T> session,
                                  RunPageStore<T> store) {
        Checkpoint checkpoint = Checkpoint.of(installation.checkpoint());
        int failedAttempts = 0;
        int rateLimitWaits = 0;
        while (true) {
            Page<T> page;
            Checkpoint from = checkpoint;
            try {
                page = calls.call("reading a page", () -> session.fetch(from));
            } catch (TemporarilyUnavailableException e) {
                failedAttempts++;
                if (failedAttempts >= configuration.maxPageAttempts()) {
                    throw e;
                }
                Duration backoff = configuration.initialBackoff().multipliedBy(1L << (failedAttempts - 1));
                LOG.info("Sync run {}: {}; reading the page again in {} s", runId, e.getMessage(), backoff.toSeconds());
                pause(backoff);
                continue;
            } catch (RateLimitedException e) {
                Duration wait = Duration.between(clock.instant(), e.retryAt());
                if (wait.compareTo(configuration.maxRateLimitWait()) > 0 || ++rateLimitWaits > MAX_RATE_LIMIT_WAITS) {
                    installationRepository.updateNextSyncAt(installation.id(), e.retryAt());
                    return new Outcome(RunStatus.RESCHEDULED, "rate limited: " + e.getMessage()
                            + "; continues from the saved checkpoint at " + e.retryAt(), e.retryAt());
                }
                LOG.info("Sync run {} is rate limited; waiting {} s", runId, Math.max(0, wait.toSeconds()));
                pause(wait.isNegative() ? Duration.ZERO : wait);
                continue;
            }
            failedAttempts = 0;
            PageOutcome stored = store.store(installation, page, runId);
            LOG.debug("Sync run {}: page stored ({} fetched, {} new, {} updated, {} unchanged, {} rejected)", runId,
                    stored.fetched(), stored.created(), stored.updated(), stored.unchanged(), stored.rejected().size());
            if (!page.hasMore()) {
                return new Outcome(RunStatus.SUCCEEDED, null, null);
            }
            if (page.next().equals(checkpoint) && page.items().isEmpty() && page.rejected().isEmpty()) {
                return new Outcome(RunStatus.FAILED, "the source said more pages follow but returned an empty page"
                        + " without moving its checkpoint; stopped to avoid a loop", null);
            }
            checkpoint = page.next();
        }
    }

    private RunFinished finish(long runId, RunStatus status, String message, Instant retryAt) {
        runs.markFinished(runId, status, clock.instant(), message == null ? null : truncate(message), retryAt);
        SyncRun run = runs.findById(runId).orElseThrow();
        LOG.info("Sync run {} {}: {} pages, {} fetched, {} new, {} updated, {} unchanged, {} rejected{}", runId,
                status, run.pages(), run.fetched(), run.created(), run.updated(), run.unchanged(), run.rejected(),
                message == null ? "" : " (" + message + ")");
        return new RunFinished(run.installationId(), runId, status, run.created() + run.updated());
    }

    /**
     * Tells the listeners (suggestions, late data) that a run ended. It happens after the installation's lock is
     * released, so a run queued meanwhile is not skipped while they work.
     */
    private void announce(RunFinished finished) {
        try {
            events.publishEvent(finished);
        } catch (RuntimeException e) {
            LOG.warn("A listener failed after sync run {}; the run itself is unaffected", finished.runId(), e);
        }
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the run was interrupted while waiting", e);
        }
    }

    private void closeQuietly(PagedSession<?> session, long runId) {
        try {
            calls.call("closing the session", () -> {
                session.close();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Sync run {}: the plugin failed to close its session", runId, e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof InvalidConfigurationException invalid) {
            return "the configuration needs fixing: " + invalid.getMessage();
        }
        if (e instanceof RateLimitedException || e instanceof TemporarilyUnavailableException
                || e instanceof MalformedDataException || e instanceof PluginCalls.PluginCallException
                || e instanceof ConflictException) {
            return e.getMessage();
        }
        return "the run failed: " + e;
    }

    private static String truncate(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 2000);
    }

    private record Outcome(RunStatus status, String message, Instant retryAt) {
    }
}
