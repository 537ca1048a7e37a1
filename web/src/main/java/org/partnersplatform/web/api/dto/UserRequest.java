package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.access.UserCommand;

/** {@code {"username": "rita", "password": "...", "role": "REVIEWER"}}: a user to create. */
@Serdeable
public record UserRequest(@Nullable String username, @Nullable String password, @Nullable String role) {

    public UserCommand toCommand() {
        return new UserCommand(username, password, role);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "UserRequest[username=" + username + ", role=" + role + "]";
    }
}
