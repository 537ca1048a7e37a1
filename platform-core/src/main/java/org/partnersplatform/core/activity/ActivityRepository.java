package org.partnersplatform.core.activity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ActivityRepository extends CrudRepository<Activity, Long> {

    List<Activity> findByInstallationIdAndSourceItemIdInList(Long installationId, Collection<String> sourceItemIds);
}
