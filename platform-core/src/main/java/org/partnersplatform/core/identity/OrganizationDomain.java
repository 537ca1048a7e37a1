package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An email domain whose people belong to an organization; subdomains match too. Stored lower-case. */
@MappedEntity("organization_domain")
public record OrganizationDomain(@Id @GeneratedValue @Nullable Long id, Long organizationId, String domain) {
}
