package org.partnersplatform.core.finance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BigMacPriceRepository extends CrudRepository<BigMacPrice, Long> {

    Optional<BigMacPrice> findByEditionIdAndIsoA3(Long editionId, String isoA3);

    List<BigMacPrice> findByEditionIdAndCurrencyCode(Long editionId, String currencyCode);

    List<BigMacPrice> findByEditionIdInList(List<Long> editionIds);
}
