package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.access.UserView;

/** A user: never the password or its hash. */
@Serdeable
public record UserDto(long id, String username, String role, Instant createdAt) {

    public static UserDto of(UserView user) {
        return new UserDto(user.id(), user.username(), user.role().name(), user.createdAt());
    }
}
