package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The administrator's note for a month; blank or missing clears it. */
@Serdeable
public record ReportNoteRequest(@Nullable String note) {
}
