package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An organization merge with what it moved.
 *
 * @param domains how many domains moved to the target
 * @param aliases how many aliases moved, and whether the source's name became one
 * @param affiliations how many affiliations moved
 */
public record OrganizationMergeView(long id, String sourceSlug, String sourceName, String targetSlug,
                                    String targetName, String createdBy, Instant createdAt,
                                    @Nullable String undoneBy, @Nullable Instant undoneAt, int domains, int aliases,
                                    int affiliations) {

    /** Whether the merge still holds. */
    public boolean active() {
        return undoneAt == null;
    }
}
