package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"decision": "approve" | "reject", "note": "..."}}: a reviewer's decision. */
@Serdeable
public record ApplicationDecisionRequest(@Nullable String decision, @Nullable String note) {
}
