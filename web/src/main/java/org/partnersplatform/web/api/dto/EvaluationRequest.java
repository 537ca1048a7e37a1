package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"month": "2026-10"}}: the closed month to evaluate partners for. */
@Serdeable
public record EvaluationRequest(@Nullable String month) {
}
