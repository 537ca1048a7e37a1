package org.partnersplatform.core.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The outbox row of one alert for one notifier installation. A PENDING row has a {@code nextAttemptAt}; {@code
 * lastError} is the plugin's reason for the last failure, which the notifier contract keeps free of secrets.
 */
@MappedEntity("alert_delivery")
public record AlertDelivery(@Id @GeneratedValue @Nullable Long id, long alertId, long notifierInstallationId,
                            DeliveryStatus status, int attempts, @Nullable Instant nextAttemptAt,
                            @Nullable String lastError, Instant updatedAt) {
}
