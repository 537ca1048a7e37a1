package org.partnersplatform.core.alert;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlertDeliveryRepository extends CrudRepository<AlertDelivery, Long> {

    List<AlertDelivery> findByStatusAndNextAttemptAtLessThanEqualsOrderById(DeliveryStatus status, Instant now);

    List<AlertDelivery> findByAlertIdInOrderById(Collection<Long> alertIds);
}
