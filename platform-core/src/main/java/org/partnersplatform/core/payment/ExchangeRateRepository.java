package org.partnersplatform.core.payment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExchangeRateRepository extends CrudRepository<ExchangeRate, Long> {

    @Query("SELECT * FROM exchange_rate WHERE currency = :currency AND valid_from <= :day"
            + " ORDER BY valid_from DESC LIMIT 1")
    Optional<ExchangeRate> latestOnOrBefore(String currency, LocalDate day);

    @Query("SELECT * FROM exchange_rate WHERE currency = :currency AND valid_from > :day"
            + " ORDER BY valid_from LIMIT 1")
    Optional<ExchangeRate> nextAfter(String currency, LocalDate day);

    Optional<ExchangeRate> findByCurrencyAndValidFrom(String currency, LocalDate validFrom);

    @Query("SELECT * FROM exchange_rate ORDER BY currency, valid_from DESC")
    List<ExchangeRate> listByCurrency();
}
