package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What an alert check found: the closed month it looked at and the alerts it raised. */
@Serdeable
public record AlertCheckDto(String month, int raisedCount, List<AlertDto> raised) {
}
