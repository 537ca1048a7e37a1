package org.partnersplatform.core.partnership;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartnershipRepository extends CrudRepository<Partnership, Long> {

    Optional<Partnership> findByOrganizationId(Long organizationId);

    /** The row locked until the transaction ends, so concurrent changes of one partnership queue up. */
    Optional<Partnership> findByOrganizationIdForUpdate(Long organizationId);
}
