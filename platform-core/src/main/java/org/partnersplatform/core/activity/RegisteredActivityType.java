package org.partnersplatform.core.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import org.partnersplatform.api.source.ActivityKind;

/**
 * An activity type a source declared, as the platform keeps it: the plugin's label, kind and default weight, and the
 * administrator's weight override.
 */
@MappedEntity("activity_type")
public record RegisteredActivityType(@Id @GeneratedValue @Nullable Long id, String sourceId, String typeKey,
                                     String label, ActivityKind kind, BigDecimal defaultWeight,
                                     @Nullable BigDecimal weightOverride, boolean requiresConfirmation) {

    /** The weight that counts: the administrator's override, else the plugin's default. */
    public BigDecimal weight() {
        return weightOverride != null ? weightOverride : defaultWeight;
    }
}
