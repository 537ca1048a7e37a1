package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.identity.Identity;

/** One account of a person on a source. */
@Serdeable
public record PersonIdentityDto(long id, String source, @Nullable String username, @Nullable String displayName,
                                @Nullable String email, @Nullable String profileUrl) {

    public static PersonIdentityDto of(Identity identity) {
        return new PersonIdentityDto(identity.id(), identity.source(), identity.username(), identity.displayName(),
                identity.email(), identity.profileUrl());
    }
}
