package org.partnersplatform.core.access;

import io.micronaut.core.annotation.Nullable;

/**
 * A user to create, as typed: checked by {@link UserService}.
 *
 * @param username how they sign in: lowercase letters, digits, {@code .}, {@code _} and {@code -}, 2 to 100
 * @param password at least {@value PasswordRules#MIN_LENGTH} characters; never logged, echoed or stored in clear
 * @param role     ADMIN, TEAM_LEAD or REVIEWER
 */
public record UserCommand(@Nullable String username, @Nullable String password, @Nullable String role) {

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "UserCommand[username=" + username + ", role=" + role + "]";
    }
}
