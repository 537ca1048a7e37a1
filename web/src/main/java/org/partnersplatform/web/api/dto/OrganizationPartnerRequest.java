package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"value": true}}: whether an organization is a partner, held to the program's practical minimum. */
@Serdeable
public record OrganizationPartnerRequest(@Nullable Boolean value) {
}
