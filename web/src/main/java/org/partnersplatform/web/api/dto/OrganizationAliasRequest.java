package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"alias": "ACME Corp."}}: another name of an organization. */
@Serdeable
public record OrganizationAliasRequest(@Nullable String alias) {
}
