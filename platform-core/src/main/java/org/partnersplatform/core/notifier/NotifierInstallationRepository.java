package org.partnersplatform.core.notifier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NotifierInstallationRepository extends CrudRepository<NotifierInstallation, Long> {

    Optional<NotifierInstallation> findByName(String name);

    List<NotifierInstallation> findAllOrderById();

    List<NotifierInstallation> findByEnabledTrueOrderById();
}
