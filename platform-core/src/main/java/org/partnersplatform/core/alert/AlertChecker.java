package org.partnersplatform.core.alert;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.ingest.RunFinished;
import org.partnersplatform.core.ingest.RunLock;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the alert rules: the organization rules for the last closed month and the member rules at an instant. It runs
 * every day ({@code partners.alerts.check-interval}), after a sync run that stored something (the member rules only,
 * which are one query each), and when an administrator asks. A run holds an advisory lock of its own, so one node
 * checks at a time; raising is idempotent, so a check that runs twice raises nothing new.
 */
@Singleton
public class AlertChecker {

    /** The advisory lock key of alert checks; installation ids are positive, so it cannot collide with a sync run. */
    static final long LOCK_KEY = -5_001L;

    /** How long a full check waits for a check that is running (the member rules after a sync run are quick). */
    private static final Duration WAIT_FOR_RUNNING_CHECK = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    private static final Logger LOG = LoggerFactory.getLogger(AlertChecker.class);

    private final OrganizationAlerts organizationAlerts;
    private final MemberAlerts memberAlerts;
    private final Alerts alerts;
    private final RunLock locks;
    private final DeploymentTime time;
    private final Clock clock;

    public AlertChecker(OrganizationAlerts organizationAlerts, MemberAlerts memberAlerts, Alerts alerts,
                        RunLock locks, DeploymentTime time, Clock clock) {
        this.organizationAlerts = organizationAlerts;
        this.memberAlerts = memberAlerts;
        this.alerts = alerts;
        this.locks = locks;
        this.time = time;
        this.clock = clock;
    }

    /** What a check found: the closed month it looked at and the alerts it raised (none when all were known). */
    public record CheckResult(YearMonth month, List<Alert> raised) {
    }

    /**
     * Checks every rule as of that instant: organizations for the month before the instant's month, members at the
     * instant.
     *
     * @throws ConflictException when another check is still running after waiting for it for 30 seconds
     */
    public CheckResult check(Instant asOf) {
        YearMonth closed = YearMonth.from(time.dayOf(asOf)).minusMonths(1);
        List<Alert> raised = locked(WAIT_FOR_RUNNING_CHECK, () -> {
            List<AlertCandidate> found = new ArrayList<>(organizationAlerts.of(closed));
            found.addAll(memberAlerts.asOf(asOf));
            return alerts.raise(found);
        }).orElseThrow(() -> new ConflictException("an alert check is running; try again in a moment"));
        return new CheckResult(closed, raised);
    }

    @Scheduled(fixedDelay = "${partners.alerts.check-interval:24h}",
            initialDelay = "${partners.alerts.check-initial-delay:10m}")
    void daily() {
        try {
            CheckResult result = check(clock.instant());
            LOG.info("Daily alert check of {} raised {} alert(s)", result.month(), result.raised().size());
        } catch (ConflictException e) {
            LOG.info("Skipped the daily alert check: another node or request is checking");
        }
    }

    /**
     * Runs the member rules after a sync run that stored something, on a thread of its own, so the sync worker is
     * free for the next run while the check works.
     */
    @EventListener
    @Async
    public void onRunFinished(RunFinished event) {
        if (event.changed() == 0) {
            return;
        }
        try {
            locked(Duration.ZERO, () -> alerts.raise(memberAlerts.asOf(clock.instant())));
        } catch (RuntimeException e) {
            LOG.warn("Checking member alerts after sync run {} failed; the daily check will catch up",
                    event.runId(), e);
        }
    }

    private <T> Optional<T> locked(Duration wait, Supplier<T> work) {
        Instant giveUp = Instant.now().plus(wait);
        Optional<RunLock.Lease> lease = locks.tryAcquire(LOCK_KEY);
        while (lease.isEmpty() && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            lease = locks.tryAcquire(LOCK_KEY);
        }
        if (lease.isEmpty()) {
            return Optional.empty();
        }
        try (RunLock.Lease held = lease.get()) {
            return Optional.of(work.get());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the alert check lock", e);
        }
    }
}
