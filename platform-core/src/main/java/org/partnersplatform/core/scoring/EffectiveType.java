package org.partnersplatform.core.scoring;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.partnersplatform.api.source.ActivityKind;

/**
 * How one registered activity type scores once the plugin's declaration, the policy file and the administrator's
 * override are combined (the override wins over the file, the file over the plugin).
 *
 * @param typeId the registered type's id
 * @param cap how many activities of the type count per person per month
 */
@Serdeable
public record EffectiveType(long typeId, String sourceId, String typeKey, String label, ActivityKind kind,
                            ValueOrigin kindFrom, BigDecimal weight, ValueOrigin weightFrom, int cap,
                            ValueOrigin capFrom) {
}
