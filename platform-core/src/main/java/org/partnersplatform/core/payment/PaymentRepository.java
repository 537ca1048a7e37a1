package org.partnersplatform.core.payment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PaymentRepository extends CrudRepository<Payment, Long> {

    Optional<Payment> findByOriginAndPaymentKey(String origin, String paymentKey);

    List<Payment> findByCurrencyAndPaidAtGreaterThanEquals(String currency, Instant from);
}
