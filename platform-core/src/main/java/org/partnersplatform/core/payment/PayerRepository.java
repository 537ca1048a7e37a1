package org.partnersplatform.core.payment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PayerRepository extends CrudRepository<Payer, Long> {

    Optional<Payer> findByOriginAndAccountId(String origin, String accountId);

    List<Payer> findByOrganizationIdIsNullAndIndividualFalseOrderById();
}
