package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One member (source) merged into another (target), by an administrator or by an identity rule ({@code automatic}).
 * What it moved is listed in {@code member_merge_item}, so that undoing it restores the state before it exactly.
 */
@MappedEntity("member_merge")
public record MemberMerge(@Id @GeneratedValue @Nullable Long id, Long targetMemberId, Long sourceMemberId,
                          String reason, boolean automatic, String createdBy, Instant createdAt,
                          @Nullable String undoneBy, @Nullable Instant undoneAt) {

    /** A merge about to be made. */
    static MemberMerge create(long targetMemberId, long sourceMemberId, String reason, boolean automatic,
                              String createdBy, Instant createdAt) {
        return new MemberMerge(null, targetMemberId, sourceMemberId, reason, automatic, createdBy, createdAt, null,
                null);
    }

    public boolean undone() {
        return undoneAt != null;
    }

    MemberMerge undo(String by, Instant at) {
        return new MemberMerge(id, targetMemberId, sourceMemberId, reason, automatic, createdBy, createdAt, by, at);
    }
}
