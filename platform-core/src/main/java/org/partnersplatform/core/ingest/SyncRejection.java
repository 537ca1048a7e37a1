package org.partnersplatform.core.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An item a run rejected, and why. */
@MappedEntity("sync_rejection")
public record SyncRejection(@Id @GeneratedValue @Nullable Long id, Long runId, String itemId, String reason) {
}
