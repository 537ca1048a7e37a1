package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"confirm": true}}: an erasure cannot be undone, so the caller says so explicitly. */
@Serdeable
public record PrivacyEraseRequest(@Nullable Boolean confirm) {
}
