package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An organization whose members' activities are ranked together. One merged into another points to it and holds
 * nothing until the merge is undone.
 */
@MappedEntity("organization")
public record Organization(@Id @GeneratedValue @Nullable Long id, String slug, String name, @Nullable String website,
                           @Nullable String country, OrganizationStatus status, boolean staff, Instant createdAt,
                           @Nullable Long mergedIntoId) {

    /** A new organization that was never merged. */
    public static Organization create(String slug, String name, @Nullable String website, @Nullable String country,
                                      OrganizationStatus status, boolean staff, Instant createdAt) {
        return new Organization(null, slug, name, website, country, status, staff, createdAt, null);
    }
}
