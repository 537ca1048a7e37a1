package org.partnersplatform.core.conduct;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An incident as the register shows it to reviewers, with the names of whom it is against.
 *
 * @param organizationSlug the organization it is against, or null
 * @param memberName       the member's name (or "Erased person"), or null
 */
public record IncidentView(long id, @Nullable String organizationSlug, @Nullable String organizationName,
                           @Nullable Long memberId, @Nullable String memberName, LocalDate occurredOn,
                           Outcome outcome, String summary, String recordedBy, Instant recordedAt,
                           Instant updatedAt) {

    /** Keeps the summary and the names out of logs and exception messages. */
    @Override
    public String toString() {
        return "IncidentView[id=" + id + ", occurredOn=" + occurredOn + ", outcome=" + outcome + "]";
    }
}
