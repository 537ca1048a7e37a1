package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * Another name of an organization ("ACME Corp." for Acme), so that imports and claims that spell it differently find
 * it. {@code normalised} ({@link OrganizationNames#normalise}) is unique: one spelling names one organization.
 */
@MappedEntity("organization_alias")
public record OrganizationAlias(@Id @GeneratedValue @Nullable Long id, Long organizationId, String alias,
                                String normalised) {
}
