package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code {"identityIds": [12, 15]}}: the identities that move to a new person. */
@Serdeable
public record PersonSplitRequest(@Nullable List<Long> identityIds) {
}
