package org.partnersplatform.core.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SyncRunRepository extends CrudRepository<SyncRun, Long> {

    List<SyncRun> findByInstallationIdOrderByIdDesc(Long installationId);

    List<SyncRun> findByStatusInList(Collection<RunStatus> statuses);

    List<SyncRun> findByInstallationIdAndStatusInList(Long installationId, Collection<RunStatus> statuses);

    boolean existsByInstallationIdAndStatusInList(Long installationId, Collection<RunStatus> statuses);

    @Query("UPDATE sync_run SET status = :status, started_at = :startedAt WHERE id = :id")
    void markStarted(Long id, RunStatus status, Instant startedAt);

    @Query("UPDATE sync_run SET status = :status, finished_at = :finishedAt, message = :message, retry_at = :retryAt"
            + " WHERE id = :id")
    void markFinished(Long id, RunStatus status, Instant finishedAt, @Nullable String message,
                      @Nullable Instant retryAt);

    @Query("UPDATE sync_run SET pages = pages + 1, fetched = fetched + :fetched, created = created + :created,"
            + " updated = updated + :updated, unchanged = unchanged + :unchanged, rejected = rejected + :rejected"
            + " WHERE id = :id")
    void addPage(Long id, int fetched, int created, int updated, int unchanged, int rejected);
}
