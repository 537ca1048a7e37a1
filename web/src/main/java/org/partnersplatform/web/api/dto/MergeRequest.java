package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"targetMemberId": 4, "sourceMemberId": 9, "reason": "..."}}: the source is merged into the target. */
@Serdeable
public record MergeRequest(@Nullable Long targetMemberId, @Nullable Long sourceMemberId, @Nullable String reason) {
}
