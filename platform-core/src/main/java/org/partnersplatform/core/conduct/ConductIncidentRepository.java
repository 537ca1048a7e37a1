package org.partnersplatform.core.conduct;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConductIncidentRepository extends CrudRepository<ConductIncident, Long> {

    List<ConductIncident> findByOutcomeAndOccurredOnBetweenOrderByOccurredOn(Outcome outcome, LocalDate from,
                                                                            LocalDate to);

    @Query("SELECT * FROM conduct_incident ORDER BY occurred_on DESC, id DESC")
    List<ConductIncident> listNewestFirst();
}
