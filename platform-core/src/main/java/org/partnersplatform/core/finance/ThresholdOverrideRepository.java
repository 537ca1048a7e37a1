package org.partnersplatform.core.finance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ThresholdOverrideRepository extends CrudRepository<ThresholdOverride, String> {
}
