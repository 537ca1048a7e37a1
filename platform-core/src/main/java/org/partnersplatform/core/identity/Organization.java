package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An organization whose members' activities are ranked together. */
@MappedEntity("organization")
public record Organization(@Id @GeneratedValue @Nullable Long id, String slug, String name, @Nullable String website,
                           @Nullable String country, OrganizationStatus status, boolean staff, Instant createdAt) {
}
