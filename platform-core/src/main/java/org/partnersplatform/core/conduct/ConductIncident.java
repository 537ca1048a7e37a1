package org.partnersplatform.core.conduct;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A code-of-conduct incident against an organization, a member, or both. Only reviewers read it; everything else sees
 * at most the days of breaches and how many there were.
 *
 * @param summary what happened, for reviewers only: never logged, never shown outside the register
 */
@MappedEntity("conduct_incident")
public record ConductIncident(@Id @GeneratedValue @Nullable Long id, @Nullable Long organizationId,
                              @Nullable Long memberId, LocalDate occurredOn, Outcome outcome, String summary,
                              String recordedBy, Instant recordedAt, Instant updatedAt) {

    /** Keeps the summary out of logs and exception messages. */
    @Override
    public String toString() {
        return "ConductIncident[id=" + id + ", occurredOn=" + occurredOn + ", outcome=" + outcome + "]";
    }
}
