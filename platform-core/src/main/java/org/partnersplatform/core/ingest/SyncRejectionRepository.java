package org.partnersplatform.core.ingest;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SyncRejectionRepository extends CrudRepository<SyncRejection, Long> {

    List<SyncRejection> findByRunIdOrderById(Long runId);
}
