package org.partnersplatform.core.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * One sync of an installation: its status, progress and counts. {@code fetched} counts records the plugin emitted;
 * each ended as created, updated, unchanged or rejected.
 */
@MappedEntity("sync_run")
public record SyncRun(@Id @GeneratedValue @Nullable Long id, Long installationId,
                      @MappedProperty("run_trigger") RunTrigger trigger, RunStatus status, Instant createdAt,
                      @Nullable Instant startedAt, @Nullable Instant finishedAt, int pages, int fetched, int created,
                      int updated, int unchanged, int rejected, @Nullable String message,
                      @Nullable Instant retryAt) {
}
