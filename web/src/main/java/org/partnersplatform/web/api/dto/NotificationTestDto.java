package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;

/** The outcome of a test notification: delivered or not, and what the channel said. */
@Serdeable
public record NotificationTestDto(boolean delivered, String message) {
}
