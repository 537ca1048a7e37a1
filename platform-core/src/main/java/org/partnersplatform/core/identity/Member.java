package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A person, who may have an identity on each source. A locked member is never changed by automatic rules; a merged
 * member points to the member it was merged into and has no identities until the merge is undone; an erased member
 * keeps no personal data.
 */
@MappedEntity("member")
public record Member(@Id @GeneratedValue @Nullable Long id, String displayName, boolean bot, Instant createdAt,
                     boolean locked, @Nullable Long mergedIntoId, @Nullable Instant erasedAt) {

    /** A new, unlocked member. */
    public static Member create(String displayName, boolean bot, Instant createdAt) {
        return new Member(null, displayName, bot, createdAt, false, null, null);
    }

    /** Whether the member stands on its own: neither merged into another nor erased. */
    public boolean active() {
        return mergedIntoId == null && erasedAt == null;
    }
}
