package org.partnersplatform.core.alert;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.SourceException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.ingest.RunLock;
import org.partnersplatform.core.notifier.NotifierInstallation;
import org.partnersplatform.core.notifier.NotifierInstallations;
import org.partnersplatform.core.notifier.NotifierSender;
import org.partnersplatform.core.plugin.PluginCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: every PENDING delivery whose next attempt is due goes to its notifier installation's plugin.
 * Accepted: SENT. A temporary failure ({@link TemporarilyUnavailableException}, a timed-out or crashed plugin call, a
 * notifier whose plugin is not started) waits {@code partners.alerts.delivery-backoff} doubled per attempt, up to six
 * hours; {@link RateLimitedException} waits until the time the channel named; after {@code
 * partners.alerts.delivery-attempts} attempts, or at once on {@link org.partnersplatform.api.DeliveryRejectedException} (or any other typed failure) or {@link
 * InvalidConfigurationException}, it is FAILED with the reason. One node delivers at a time (an advisory lock).
 */
@Singleton
public class DeliveryWorker {

    static final long LOCK_KEY = -5_002L;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int MAX_ERROR = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final AlertDeliveryRepository deliveries;
    private final AlertRepository alerts;
    private final NotifierInstallations installations;
    private final NotifierSender sender;
    private final AlertNotifications notifications;
    private final RunLock locks;
    private final Clock clock;
    private final Duration backoff;
    private final int maxAttempts;

    public DeliveryWorker(AlertDeliveryRepository deliveries, AlertRepository alerts,
                          NotifierInstallations installations, NotifierSender sender,
                          AlertNotifications notifications, RunLock locks, Clock clock,
                          @Value("${partners.alerts.delivery-backoff:1m}") Duration backoff,
                          @Value("${partners.alerts.delivery-attempts:8}") int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalStateException("partners.alerts.delivery-attempts is at least 1");
        }
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.installations = installations;
        this.sender = sender;
        this.notifications = notifications;
        this.locks = locks;
        this.clock = clock;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelay = "${partners.alerts.delivery-poll:30s}",
            initialDelay = "${partners.alerts.delivery-poll:30s}")
    void poll() {
        try {
            deliverDue();
        } catch (ConflictException e) {
            LOG.debug("Another node is delivering alerts");
        }
    }

    /**
     * Makes one attempt at every delivery that is due and returns how many it attempted.
     *
     * @throws ConflictException when another node or thread is delivering
     */
    public int deliverDue() {
        Optional<RunLock.Lease> lease = locks.tryAcquire(LOCK_KEY);
        if (lease.isEmpty()) {
            throw new ConflictException("alerts are being delivered; try again in a moment");
        }
        try (RunLock.Lease held = lease.get()) {
            int attempted = 0;
            for (AlertDelivery delivery : deliveries.findByStatusAndNextAttemptAtLessThanEqualsOrderById(
                    DeliveryStatus.PENDING, clock.instant())) {
                deliveries.update(attempt(delivery));
                attempted++;
            }
            return attempted;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the delivery lock", e);
        }
    }

    private AlertDelivery attempt(AlertDelivery delivery) {
        int attempts = delivery.attempts() + 1;
        Optional<Alert> alert = alerts.findById(delivery.alertId());
        Optional<NotifierInstallation> installation = alert.isEmpty() ? Optional.empty()
                : installationOf(delivery.notifierInstallationId());
        if (alert.isEmpty() || installation.isEmpty() || !installation.get().enabled()) {
            return failed(delivery, attempts, "the notifier installation was disabled before delivery");
        }
        try {
            sender.send(installation.get(), notifications.of(alert.get()));
            return new AlertDelivery(delivery.id(), delivery.alertId(), delivery.notifierInstallationId(),
                    DeliveryStatus.SENT, attempts, null, null, clock.instant());
        } catch (RateLimitedException e) {
            return retry(delivery, attempts, e.retryAt(), e);
        } catch (TemporarilyUnavailableException | PluginCalls.PluginCallException | ConflictException e) {
            return retry(delivery, attempts, clock.instant().plus(wait(attempts)), e);
        } catch (SourceException e) {
            return failed(delivery, attempts, reason(e));
        }
    }

    private Optional<NotifierInstallation> installationOf(long id) {
        try {
            return Optional.of(installations.find(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private AlertDelivery retry(AlertDelivery delivery, int attempts, Instant next, RuntimeException e) {
        if (attempts >= maxAttempts) {
            return failed(delivery, attempts, "gave up after " + attempts + " attempts: " + reason(e));
        }
        LOG.info("Delivery {} of alert {} failed for now (attempt {}), next at {}", delivery.id(),
                delivery.alertId(), attempts, next);
        return new AlertDelivery(delivery.id(), delivery.alertId(), delivery.notifierInstallationId(),
                DeliveryStatus.PENDING, attempts, next, reason(e), clock.instant());
    }

    private AlertDelivery failed(AlertDelivery delivery, int attempts, String reason) {
        LOG.warn("Delivery {} of alert {} failed for good after {} attempt(s)", delivery.id(), delivery.alertId(),
                attempts);
        return new AlertDelivery(delivery.id(), delivery.alertId(), delivery.notifierInstallationId(),
                DeliveryStatus.FAILED, attempts, null, reason, clock.instant());
    }

    private Duration wait(int attempts) {
        Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The failure's reason as the plugin worded it; the notifier contract keeps secrets out of its messages. */
    private static String reason(RuntimeException e) {
        String text = e instanceof InvalidConfigurationException invalid && !invalid.problems().isEmpty()
                ? "settings refused: " + invalid.problems().stream().map(p -> p.key() + " " + p.message()).toList()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
