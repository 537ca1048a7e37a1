package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"value": true}}: sets a person's flag (locked, bot). */
@Serdeable
public record PersonFlagRequest(@Nullable Boolean value) {
}
