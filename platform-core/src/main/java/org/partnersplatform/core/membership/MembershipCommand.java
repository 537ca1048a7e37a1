package org.partnersplatform.core.membership;

import io.micronaut.core.annotation.Nullable;

/**
 * A membership to record, as typed: checked by {@link MembershipService}.
 *
 * @param kind     what it is, e.g. {@code corporate member}; at most 100 characters
 * @param tier     its level, if the kind has levels; at most 100 characters
 * @param startsOn its first day, {@code YYYY-MM-DD}
 * @param endsOn   its last day, {@code YYYY-MM-DD}, or blank while it runs
 * @param note     what it rests on (an agreement, an invoice), at most 1000 characters
 */
public record MembershipCommand(@Nullable String kind, @Nullable String tier, @Nullable String startsOn,
                                @Nullable String endsOn, @Nullable String note) {
}
