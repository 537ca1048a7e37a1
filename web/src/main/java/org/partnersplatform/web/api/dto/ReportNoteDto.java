package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A month's note as kept.
 *
 * @param note the note, or {@code null} when the month has none
 */
@Serdeable
public record ReportNoteDto(String month, @Nullable String note) {
}
