package org.partnersplatform.core.alert;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlertRepository extends CrudRepository<Alert, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    List<Alert> findByIdIn(Collection<Long> ids);
}
