package org.partnersplatform.core.scoring;

import io.micronaut.core.annotation.Nullable;
import java.time.YearMonth;

/**
 * How many accepted activities one person did of one type, matching one attribute rule (or none), for one
 * organization (or none), in one month.
 *
 * @param erased whether the person's personal data was erased
 * @param rule the attribute rule's id, or {@code null}
 */
public record CountRow(long memberId, String memberName, boolean erased, @Nullable Long organizationId,
                       @Nullable String organizationName, @Nullable String organizationSlug, boolean staff,
                       long typeId, @Nullable String rule, YearMonth month, long count) {
}
