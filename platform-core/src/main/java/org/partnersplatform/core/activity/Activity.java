package org.partnersplatform.core.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A stored activity, unique by (installation, source item id). {@code organizationId} is the attribution on the day
 * it happened (null for an independent); {@code contentHash} tells an edited item from an unchanged one.
 */
@MappedEntity("activity")
public record Activity(@Id @GeneratedValue @Nullable Long id, Long installationId, String sourceItemId,
                       Long activityTypeId, Instant occurredAt, Long identityId, Long memberId,
                       @Nullable Long organizationId, @Nullable String url, @Nullable String title, String attributes,
                       @Nullable String evidence, ReviewState reviewState, String contentHash, Instant firstSeenAt,
                       Instant updatedAt) {
}
