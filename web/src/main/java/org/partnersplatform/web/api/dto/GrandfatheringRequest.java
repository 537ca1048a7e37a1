package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.partnersplatform.core.membership.GrandfatheringCommand;

/** {@code {"monthlyUsd": 150, "since": "2023-06-01", "evidence": "..."}}: a grandfathered sponsorship to record. */
@Serdeable
public record GrandfatheringRequest(@Nullable BigDecimal monthlyUsd, @Nullable String since,
                                    @Nullable String evidence) {

    public GrandfatheringCommand toCommand() {
        return new GrandfatheringCommand(monthlyUsd == null ? null : monthlyUsd.toPlainString(), since, evidence);
    }
}
