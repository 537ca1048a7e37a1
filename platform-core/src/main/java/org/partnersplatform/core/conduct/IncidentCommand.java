package org.partnersplatform.core.conduct;

import io.micronaut.core.annotation.Nullable;

/**
 * An incident to record, or its new state, as typed: checked by {@link ConductRegister}.
 *
 * @param organization the slug of the organization it is against, or blank
 * @param memberId     the member it is against, or null; at least one of the two is required
 * @param occurredOn   the day it happened, {@code YYYY-MM-DD}, not in the future
 * @param outcome      PENDING (the default), BREACH or NO_BREACH
 * @param summary      what happened, for reviewers only, 1 to 4000 characters
 */
public record IncidentCommand(@Nullable String organization, @Nullable Long memberId, @Nullable String occurredOn,
                              @Nullable String outcome, @Nullable String summary) {

    /** Keeps the summary out of logs and exception messages. */
    @Override
    public String toString() {
        return "IncidentCommand[occurredOn=" + occurredOn + ", outcome=" + outcome + "]";
    }
}
