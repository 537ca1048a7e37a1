package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Two members that may be one person ({@code memberAId < memberBId}), why, and how sure the finder is. At most one per
 * pair, whatever its status. An accepted one names the merge it made.
 */
@MappedEntity("merge_suggestion")
public record MergeSuggestion(@Id @GeneratedValue @Nullable Long id, @MappedProperty("member_a_id") Long memberAId,
                              @MappedProperty("member_b_id") Long memberBId, String reason,
                              BigDecimal confidence, SuggestionStatus status, Instant createdAt,
                              @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable Long mergeId) {

    MergeSuggestion decide(SuggestionStatus newStatus, String by, Instant at, @Nullable Long madeMergeId) {
        return new MergeSuggestion(id, memberAId, memberBId, reason, confidence, newStatus, createdAt, by, at,
                madeMergeId);
    }
}
