package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.identity.Organization;

/** The organization a person belongs to today. */
@Serdeable
public record PersonOrganizationDto(String slug, String name) {

    public static PersonOrganizationDto of(Organization organization) {
        return new PersonOrganizationDto(organization.slug(), organization.name());
    }
}
