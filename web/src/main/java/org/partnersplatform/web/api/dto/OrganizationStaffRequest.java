package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"value": true}}: whether an organization is the project's own staff, left out of the rankings. */
@Serdeable
public record OrganizationStaffRequest(@Nullable Boolean value) {
}
