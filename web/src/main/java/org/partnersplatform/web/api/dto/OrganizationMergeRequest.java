package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"source": "acme-inc", "target": "acme"}}: merge the source organization into the target. */
@Serdeable
public record OrganizationMergeRequest(@Nullable String source, @Nullable String target) {
}
