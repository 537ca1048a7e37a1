package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.partnersplatform.core.activity.RegisteredActivityType;

/** A registered activity type with the weight that counts: the override when set, else the plugin's default. */
@Serdeable
public record ActivityTypeWeightDto(String source, String key, String label, String kind, BigDecimal defaultWeight,
                                    @Nullable BigDecimal weightOverride, BigDecimal weight,
                                    boolean requiresConfirmation) {

    public static ActivityTypeWeightDto of(RegisteredActivityType type) {
        return new ActivityTypeWeightDto(type.sourceId(), type.typeKey(), type.label(),
                type.kind().name().toLowerCase(), type.defaultWeight(), type.weightOverride(), type.weight(),
                type.requiresConfirmation());
    }
}
