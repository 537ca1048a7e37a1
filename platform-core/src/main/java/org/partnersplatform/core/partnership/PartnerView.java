package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * A partnership as pages show it.
 *
 * @param tier      the tier's id, or {@code null} when it meets none
 * @param tierLabel the tier's label, or {@code null}
 * @param lastMonth the last month the lifecycle evaluated, or {@code null} before the first
 */
public record PartnerView(String organizationSlug, String organizationName, PartnerStatus status, LocalDate since,
                          @Nullable String tier, @Nullable String tierLabel, int monthsBelow,
                          @Nullable String lastMonth, String policyVersion) {
}
