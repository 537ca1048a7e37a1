package org.partnersplatform.core.activity;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A stored activity as an administrator reads it: what, when, who (the member and the account on the source) and for
 * which organization it counts.
 */
public record ActivityView(String itemId, String type, String typeLabel, String kind, Instant occurredAt,
                           long memberId, String member, @Nullable String username, @Nullable String organization,
                           @Nullable String url, @Nullable String title, String reviewState) {
}
