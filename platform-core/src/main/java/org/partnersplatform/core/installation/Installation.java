package org.partnersplatform.core.installation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A source plugin configured for this deployment (several per plugin are allowed, e.g. two GitHub organizations).
 * {@code settings} holds the non-secret values as JSON; {@code secrets} the secret ones, encrypted. {@code
 * checkpoint} is where the next sync continues.
 */
@MappedEntity("source_installation")
public record Installation(@Id @GeneratedValue @Nullable Long id, String sourceId, String name, String settings,
                           @Nullable String secrets, boolean enabled, boolean createProvisionalOrgs,
                           @Nullable Integer syncIntervalMinutes, @Nullable Instant nextSyncAt, String checkpoint,
                           Instant createdAt, Instant updatedAt) {

}
