package org.partnersplatform.core.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AffiliationRepository extends CrudRepository<Affiliation, Long> {

    List<Affiliation> findByMemberId(Long memberId);

    List<Affiliation> findByOrganizationId(Long organizationId);
}
