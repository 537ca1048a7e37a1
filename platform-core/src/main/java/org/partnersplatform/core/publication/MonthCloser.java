package org.partnersplatform.core.publication;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes months on a schedule: from the first day of a month (in the deployment's time zone) the previous month is
 * published by {@value MonthPublisher#SYSTEM} if no one has published it yet. The job looks every
 * {@code partners.publishing.close-poll} (1 hour by default), so a node that was down on the first catches up when it
 * starts; {@code partners.publishing.auto-close: false} turns it off. Only the node holding the closing lock does it.
 */
@Singleton
public class MonthCloser {

    private static final Logger LOG = LoggerFactory.getLogger(MonthCloser.class);

    private final MonthPublisher publisher;
    private final PublishedMonths published;
    private final ClosingLock lock;
    private final DeploymentTime time;
    private final boolean enabled;

    MonthCloser(MonthPublisher publisher, PublishedMonths published, ClosingLock lock, DeploymentTime time,
                @Value("${partners.publishing.auto-close:true}") boolean enabled) {
        this.publisher = publisher;
        this.published = published;
        this.lock = lock;
        this.time = time;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelay = "${partners.publishing.close-poll:1h}",
            initialDelay = "${partners.publishing.close-initial-delay:10m}")
    void onSchedule() {
        if (enabled) {
            closePreviousMonth();
        }
    }

    /**
     * Publishes the month before the current one unless it is published already or another node is closing it.
     *
     * @return revision 1 when this call published it
     */
    public Optional<MonthRevision> closePreviousMonth() {
        YearMonth month = time.currentMonth().minusMonths(1);
        AtomicReference<MonthRevision> made = new AtomicReference<>();
        lock.tryRun(() -> {
            if (published.status(month).isPresent()) {
                return;
            }
            try {
                made.set(publisher.publish(month, MonthPublisher.SYSTEM));
                LOG.info("Closed {} on schedule", month);
            } catch (ConflictException e) {
                LOG.info("{} was not closed on schedule: {}", month, e.getMessage());
            }
        });
        return Optional.ofNullable(made.get());
    }
}
