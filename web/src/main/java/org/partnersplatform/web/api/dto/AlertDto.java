package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.partnersplatform.core.alert.AlertView;

/**
 * An alert in the API: kind and status in lower case ({@code activity_drop}, {@code open}), its subject, the month or
 * day, the message with the figures, and the state of each delivery.
 */
@Serdeable
public record AlertDto(long id, String kind, String subjectType, long subjectId, String subject, String period,
                       String message, String status, Instant createdAt, @Nullable Instant acknowledgedAt,
                       List<Delivery> deliveries) {

    /** One delivery: to which notifier installation, its status ({@code pending|sent|failed}) and last error. */
    @Serdeable
    public record Delivery(long notifierId, String notifier, String status, int attempts,
                           @Nullable Instant nextAttemptAt, @Nullable String lastError) {
    }

    public static AlertDto of(AlertView alert) {
        return new AlertDto(alert.id(), alert.kind().key(), alert.subjectType().name().toLowerCase(),
                alert.subjectId(), alert.subjectName(), alert.period(), alert.message(),
                alert.status().name().toLowerCase(), alert.createdAt(), alert.acknowledgedAt(),
                alert.deliveries().stream().map(d -> new Delivery(d.notifierInstallationId(), d.notifierName(),
                        d.status().name().toLowerCase(), d.attempts(), d.nextAttemptAt(), d.lastError())).toList());
    }
}
