package org.partnersplatform.core.installation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InstallationRepository extends CrudRepository<Installation, Long> {

    Optional<Installation> findByName(String name);

    List<Installation> findAllOrderById();

    List<Installation> findBySourceIdOrderById(String sourceId);

    List<Installation> findByEnabledTrueAndNextSyncAtLessThanEquals(Instant now);

    @Query("UPDATE source_installation SET checkpoint = :checkpoint, updated_at = :now WHERE id = :id")
    void updateCheckpoint(Long id, String checkpoint, Instant now);

    @Query("UPDATE source_installation SET next_sync_at = :nextSyncAt WHERE id = :id")
    void updateNextSyncAt(Long id, Instant nextSyncAt);
}
