package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A person, who may have an identity on each source. */
@MappedEntity("member")
public record Member(@Id @GeneratedValue @Nullable Long id, String displayName, boolean bot, Instant createdAt) {
}
