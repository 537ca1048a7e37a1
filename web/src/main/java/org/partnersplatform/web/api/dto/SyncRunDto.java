package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.Instant;
import org.partnersplatform.core.ingest.SyncRun;

/** A sync run: status, progress and counts. {@code durationMillis} is until now while it runs. */
@Serdeable
public record SyncRunDto(long id, long installationId, String trigger, String status, Instant createdAt,
                         @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Long durationMillis,
                         int pages, int fetched, int created, int updated, int unchanged, int rejected,
                         @Nullable String message, @Nullable Instant retryAt) {

    public static SyncRunDto of(SyncRun run, Instant now) {
        Long duration = run.startedAt() == null ? null
                : Duration.between(run.startedAt(), run.finishedAt() != null ? run.finishedAt() : now).toMillis();
        return new SyncRunDto(run.id(), run.installationId(), run.trigger().name(), run.status().name(),
                run.createdAt(), run.startedAt(), run.finishedAt(), duration, run.pages(), run.fetched(),
                run.created(), run.updated(), run.unchanged(), run.rejected(), run.message(), run.retryAt());
    }
}
