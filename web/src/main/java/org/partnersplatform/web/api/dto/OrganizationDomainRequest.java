package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"domain": "acme.example"}}: an email domain to give an organization. */
@Serdeable
public record OrganizationDomainRequest(@Nullable String domain) {
}
