package org.partnersplatform.core.alert;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** An alert in the inbox with the state of its deliveries. */
public record AlertView(long id, AlertKind kind, AlertSubject subjectType, long subjectId, String subjectName,
                        String period, String message, AlertStatus status, Instant createdAt,
                        @Nullable Instant acknowledgedAt, List<DeliveryView> deliveries) {

    /**
     * One delivery of the alert.
     *
     * @param notifierName the notifier installation's name
     * @param lastError why the last attempt failed, or {@code null}
     */
    public record DeliveryView(long notifierInstallationId, String notifierName, DeliveryStatus status,
                               int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError) {
    }
}
