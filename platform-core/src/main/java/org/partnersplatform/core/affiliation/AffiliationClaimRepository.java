package org.partnersplatform.core.affiliation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AffiliationClaimRepository extends CrudRepository<AffiliationClaim, Long> {

    List<AffiliationClaim> findByStatusOrderByIdDesc(ClaimStatus status);

    List<AffiliationClaim> listOrderByIdDesc();
}
