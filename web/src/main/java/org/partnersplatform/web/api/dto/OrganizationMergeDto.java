package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.organization.OrganizationMergeView;

/**
 * An organization merge: which into which, by whom, whether it was undone, and how many domains, aliases and
 * affiliations it moved.
 */
@Serdeable
public record OrganizationMergeDto(long id, String source, String target, String createdBy, Instant createdAt,
                                   @Nullable String undoneBy, @Nullable Instant undoneAt, int domains, int aliases,
                                   int affiliations) {

    public static OrganizationMergeDto of(OrganizationMergeView view) {
        return new OrganizationMergeDto(view.id(), view.sourceSlug(), view.targetSlug(), view.createdBy(),
                view.createdAt(), view.undoneBy(), view.undoneAt(), view.domains(), view.aliases(),
                view.affiliations());
    }
}
