package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A payer as it is listed: who they are at their origin, the organization they are matched to and how, and how many
 * payments they made.
 */
public record PayerView(long id, String origin, String accountId, @Nullable String name, @Nullable String email,
                        @Nullable String website, @Nullable String organizationSlug,
                        @Nullable String organizationName, @Nullable MatchedBy matchedBy,
                        @Nullable Instant matchedAt, boolean individual, int payments) {
}
