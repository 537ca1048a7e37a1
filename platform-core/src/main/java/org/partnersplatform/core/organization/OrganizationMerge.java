package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An organization (source) merged into another (target) by an administrator. What it moved is listed in {@code
 * organization_merge_item} ({@link OrganizationMergeItems}), so undoing it restores exactly what was there.
 */
@MappedEntity("organization_merge")
public record OrganizationMerge(@Id @GeneratedValue @Nullable Long id, Long targetOrganizationId,
                                Long sourceOrganizationId, String createdBy, Instant createdAt,
                                @Nullable String undoneBy, @Nullable Instant undoneAt) {

    /** Whether the merge still holds. */
    public boolean active() {
        return undoneAt == null;
    }
}
