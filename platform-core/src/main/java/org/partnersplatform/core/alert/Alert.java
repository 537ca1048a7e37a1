package org.partnersplatform.core.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A raised alert. {@code dedupeKey} is unique, so checking the same facts twice never raises the same alert twice;
 * {@code period} is the month ({@code 2026-10}) of an organization alert or the day ({@code 2026-10-14}) of a member
 * alert; {@code message} states the figures.
 */
@MappedEntity("alert")
public record Alert(@Id @GeneratedValue @Nullable Long id, AlertKind kind, String dedupeKey, AlertSubject subjectType,
                    long subjectId, String subjectName, String period, String message, AlertStatus status,
                    Instant createdAt, @Nullable Instant acknowledgedAt) {
}
