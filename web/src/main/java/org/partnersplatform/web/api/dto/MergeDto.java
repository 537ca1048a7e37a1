package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.partnersplatform.core.people.MemberMerge;
import org.partnersplatform.core.people.MergeView;

/** A merge of one person (source) into another (target), with the identities it moved. */
@Serdeable
public record MergeDto(long id, long targetMemberId, long sourceMemberId, String reason, boolean automatic,
                       List<Long> identityIds, String createdBy, Instant createdAt, @Nullable String undoneBy,
                       @Nullable Instant undoneAt) {

    public static MergeDto of(MergeView view) {
        MemberMerge merge = view.merge();
        return new MergeDto(merge.id(), merge.targetMemberId(), merge.sourceMemberId(), merge.reason(),
                merge.automatic(), view.identityIds(), merge.createdBy(), merge.createdAt(), merge.undoneBy(),
                merge.undoneAt());
    }
}
