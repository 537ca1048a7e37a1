package org.partnersplatform.core.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationAliasRepository extends CrudRepository<OrganizationAlias, Long> {

    Optional<OrganizationAlias> findByNormalised(String normalised);

    List<OrganizationAlias> findByOrganizationIdOrderByAlias(Long organizationId);
}
