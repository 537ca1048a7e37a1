package org.partnersplatform.core.policy;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import org.partnersplatform.api.source.ActivityKind;

/**
 * What a policy says about one activity type; each value left out keeps the plugin's (or the policy's default cap).
 *
 * @param source the source's id, e.g. {@code org.partnersplatform.github}
 * @param type the type's key within the source, e.g. {@code pull_request_merged}
 * @param weight points per counted activity, 0 to 1000
 * @param kind contribution or conversation
 * @param cap how many count per person per month, 1 or more
 */
public record TypePolicy(String source, String type, @Nullable BigDecimal weight, @Nullable ActivityKind kind,
                         @Nullable Integer cap) {
}
