package org.partnersplatform.core.access;

import java.time.Instant;

/** A user as administrators see them: never the password or its hash. */
public record UserView(long id, String username, Role role, Instant createdAt) {

    static UserView of(AppUser user) {
        return new UserView(user.id(), user.username(), user.role(), user.createdAt());
    }
}
