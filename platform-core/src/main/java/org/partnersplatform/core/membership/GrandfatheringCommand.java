package org.partnersplatform.core.membership;

import io.micronaut.core.annotation.Nullable;

/**
 * A grandfathered sponsorship to record, as typed: checked against the policy's rule by {@link GrandfatheringService}.
 *
 * @param monthlyUsd what the sponsor paid a month, in US dollars, e.g. {@code 150} or {@code 99.50}
 * @param since      the day the sponsorship reached that amount, {@code YYYY-MM-DD}
 * @param evidence   what the administrator relied on (a ledger, an invoice), 1 to 2000 characters
 */
public record GrandfatheringCommand(@Nullable String monthlyUsd, @Nullable String since, @Nullable String evidence) {
}
