package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import org.partnersplatform.core.conduct.IncidentView;

/** A code-of-conduct incident as reviewers see it. */
@Serdeable
public record IncidentDto(long id, @Nullable String organization, @Nullable String organizationName,
                          @Nullable Long memberId, @Nullable String memberName, LocalDate occurredOn, String outcome,
                          String summary, String recordedBy, Instant recordedAt, Instant updatedAt) {

    public static IncidentDto of(IncidentView view) {
        return new IncidentDto(view.id(), view.organizationSlug(), view.organizationName(), view.memberId(),
                view.memberName(), view.occurredOn(), view.outcome().name(), view.summary(), view.recordedBy(),
                view.recordedAt(), view.updatedAt());
    }

    /** Keeps the summary and the names out of logs. */
    @Override
    public String toString() {
        return "IncidentDto[id=" + id + ", occurredOn=" + occurredOn + ", outcome=" + outcome + "]";
    }
}
