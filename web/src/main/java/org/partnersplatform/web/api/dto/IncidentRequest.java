package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.conduct.IncidentCommand;

/**
 * {@code {"organization": "acme", "memberId": null, "occurredOn": "2026-03-04", "outcome": "PENDING",
 * "summary": "..."}}: an incident to record, or its new state.
 */
@Serdeable
public record IncidentRequest(@Nullable String organization, @Nullable Long memberId, @Nullable String occurredOn,
                              @Nullable String outcome, @Nullable String summary) {

    public IncidentCommand toCommand() {
        return new IncidentCommand(organization, memberId, occurredOn, outcome, summary);
    }

    /** Keeps the summary out of logs. */
    @Override
    public String toString() {
        return "IncidentRequest[occurredOn=" + occurredOn + ", outcome=" + outcome + "]";
    }
}
