package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;

/** Whether the organization of that slug is a partner. */
@Serdeable
public record OrganizationPartnerDto(String slug, boolean partner) {
}
