package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;

/** An item a run rejected, and why. */
@Serdeable
public record RejectionDto(String itemId, String reason) {
}
