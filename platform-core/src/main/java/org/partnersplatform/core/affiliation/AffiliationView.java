package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import org.partnersplatform.core.identity.AffiliationOrigin;

/**
 * An affiliation with its organization's slug and name.
 *
 * @param setAside whether a member merge set it aside (it does not count until that merge is undone)
 */
public record AffiliationView(long id, long memberId, String organizationSlug, String organizationName,
                              @Nullable LocalDate from, @Nullable LocalDate to, AffiliationOrigin origin,
                              @Nullable String note, boolean setAside, Instant createdAt) {
}
