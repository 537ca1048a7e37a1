package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One of a member's activities as their page lists it: when, where from, what, and for which organization. */
public record PersonActivity(Instant occurredAt, String installation, String type, @Nullable String title,
                             @Nullable String url, @Nullable String organization) {
}
