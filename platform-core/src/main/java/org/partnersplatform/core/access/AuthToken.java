package org.partnersplatform.core.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A sign-in session, kept in the database so that any node behind the load balancer accepts it. Only the SHA-256 of
 * the token is stored.
 */
@MappedEntity("auth_token")
public record AuthToken(@Id @GeneratedValue @Nullable Long id, String tokenHash, Long userId, String kind,
                        Instant createdAt, Instant expiresAt) {
}
