package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.partnersplatform.core.roadmap.RoadmapCommand;

/** {@code {"title", "description", "funded": true, "amount": 1500, "currency": "EUR"}}: a feature request. */
@Serdeable
public record RoadmapRequestBody(@Nullable String title, @Nullable String description, @Nullable Boolean funded,
                                 @Nullable BigDecimal amount, @Nullable String currency) {

    public RoadmapCommand toCommand() {
        return new RoadmapCommand(title, description, funded, amount == null ? null : amount.toPlainString(),
                currency);
    }
}
