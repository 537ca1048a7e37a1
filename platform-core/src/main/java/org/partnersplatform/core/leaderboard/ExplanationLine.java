package org.partnersplatform.core.leaderboard;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import org.partnersplatform.api.source.ActivityKind;

/**
 * The activities of one type matching one attribute rule (or none) in an explanation.
 *
 * @param rule the attribute rule's label, or {@code null} when the type's own weight applied
 * @param count how many were done
 * @param counted how many counted after the caps
 * @param subtotal counted × weight
 */
public record ExplanationLine(String sourceId, String typeKey, String typeLabel, ActivityKind kind,
                             @Nullable String rule, long count, long counted, BigDecimal weight,
                             BigDecimal subtotal) {
}
