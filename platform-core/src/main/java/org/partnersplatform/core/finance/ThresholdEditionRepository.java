package org.partnersplatform.core.finance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ThresholdEditionRepository extends CrudRepository<ThresholdEdition, Long> {

    List<ThresholdEdition> findByEditionDateOrderByIdDesc(LocalDate editionDate);

    List<ThresholdEdition> findByDataSetOrderByEditionDateDesc(String dataSet);

    boolean existsByDataSet(String dataSet);
}
