package org.partnersplatform.core.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A record that a person's data was exported or erased: by whom, when and under which policy. It holds ids only, so
 * it can outlive the erasure it records.
 *
 * @param policy what happened to the activities, for an erasure
 */
@MappedEntity("privacy_event")
public record PrivacyEvent(@Id @GeneratedValue @Nullable Long id, Long memberId, PrivacyAction action,
                           @Nullable ErasedActivities policy, String performedBy, Instant performedAt) {
}
