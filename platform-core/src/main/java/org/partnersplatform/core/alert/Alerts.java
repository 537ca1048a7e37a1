package org.partnersplatform.core.alert;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.notifier.NotifierInstallation;
import org.partnersplatform.core.notifier.NotifierInstallations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the alerts rules found, once each: a candidate whose dedupe key is already stored is skipped. Each new alert
 * is queued in the outbox, in the same transaction, for every enabled notifier installation that receives its kind.
 */
@Singleton
public class Alerts {

    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    private static final int MAX_MESSAGE = 1000;

    private final AlertRepository alerts;
    private final AlertDeliveryRepository deliveries;
    private final NotifierInstallations notifiers;
    private final Clock clock;

    public Alerts(AlertRepository alerts, AlertDeliveryRepository deliveries, NotifierInstallations notifiers,
                  Clock clock) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.notifiers = notifiers;
        this.clock = clock;
    }

    /** Stores the new candidates and queues their deliveries; returns the alerts it stored. */
    @Transactional
    public List<Alert> raise(List<AlertCandidate> candidates) {
        Instant now = clock.instant();
        List<Alert> raised = new ArrayList<>();
        for (AlertCandidate candidate : candidates) {
            if (alerts.existsByDedupeKey(candidate.dedupeKey())) {
                continue;
            }
            String message = candidate.message().length() > MAX_MESSAGE
                    ? candidate.message().substring(0, MAX_MESSAGE) : candidate.message();
            Alert alert = alerts.save(new Alert(null, candidate.kind(), candidate.dedupeKey(),
                    candidate.subjectType(), candidate.subjectId(), candidate.subjectName(), candidate.period(),
                    message, AlertStatus.OPEN, now, null));
            for (NotifierInstallation notifier : notifiers.receiving(alert.kind())) {
                deliveries.save(new AlertDelivery(null, alert.id(), notifier.id(), DeliveryStatus.PENDING, 0, now,
                        null, now));
            }
            raised.add(alert);
        }
        if (!raised.isEmpty()) {
            LOG.info("Raised {} alert(s)", raised.size());
        }
        return raised;
    }
}
