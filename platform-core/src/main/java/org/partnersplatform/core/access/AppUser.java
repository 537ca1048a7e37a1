package org.partnersplatform.core.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Someone who signs in to the admin area. Only a hash of the password is kept. */
@MappedEntity("app_user")
public record AppUser(@Id @GeneratedValue @Nullable Long id, String username, String passwordHash, Role role,
                      Instant createdAt) {
}
