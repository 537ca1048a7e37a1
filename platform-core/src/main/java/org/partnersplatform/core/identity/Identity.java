package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A member's account on one source, unique by ({@code source}, {@code sourceUserId}). When the source gives no account
 * id, the key is {@code username:<lower-cased username>}, else {@code email:<lower-cased email>} (git).
 */
@MappedEntity("identity")
public record Identity(@Id @GeneratedValue @Nullable Long id, Long memberId, String source, String sourceUserId,
                       @Nullable String username, @Nullable String displayName, @Nullable String email,
                       @Nullable String profileUrl, boolean bot, Instant createdAt) {
}
