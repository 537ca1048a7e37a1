package org.partnersplatform.core.notifier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A notifier plugin configured for this deployment (several per notifier are allowed, e.g. two mailing lists).
 * {@code settings} holds the non-secret values as JSON; {@code secrets} the secret ones, encrypted; {@code alertKinds}
 * the comma-separated alert kinds it receives.
 */
@MappedEntity("notifier_installation")
public record NotifierInstallation(@Id @GeneratedValue @Nullable Long id, String notifierId, String name,
                                   String settings, @Nullable String secrets, boolean enabled, String alertKinds,
                                   Instant createdAt, Instant updatedAt) {
}
