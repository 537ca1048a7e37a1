package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"note": "checked the profile"}}: why a claim is approved or rejected (optional). */
@Serdeable
public record ClaimDecisionRequest(@Nullable String note) {
}
