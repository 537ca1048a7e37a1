package org.partnersplatform.core.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sponsorship an administrator recorded as grandfathered: it reached the policy's minimum monthly amount before the
 * policy's cut-off, so the organization meets the financial criterion until the policy's last eligible day.
 *
 * @param monthlyUsd what the sponsor paid a month, in US dollars
 * @param since      the day it reached that amount (before the cut-off)
 * @param evidence   what the administrator relied on
 */
@MappedEntity("grandfathered_sponsorship")
public record GrandfatheredSponsorship(@Id @GeneratedValue @Nullable Long id, long organizationId,
                                       BigDecimal monthlyUsd, LocalDate since, String evidence, String createdBy,
                                       Instant createdAt) {
}
