package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"name": "NewCo"}}: the name a provisional organization is confirmed under; none keeps its name. */
@Serdeable
public record OrganizationNameRequest(@Nullable String name) {
}
