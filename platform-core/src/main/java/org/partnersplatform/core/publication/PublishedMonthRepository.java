package org.partnersplatform.core.publication;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Revisions are only ever added: this repository can save and read, not update or delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublishedMonthRepository extends GenericRepository<PublishedMonth, Long> {

    PublishedMonth save(PublishedMonth revision);

    List<PublishedMonth> findByMonthOrderByRevision(String month);

    Optional<PublishedMonth> findByMonthAndRevision(String month, int revision);

    Optional<PublishedMonth> findFirstByMonthOrderByRevisionDesc(String month);
}
