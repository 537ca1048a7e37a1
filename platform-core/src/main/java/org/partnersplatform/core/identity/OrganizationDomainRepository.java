package org.partnersplatform.core.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationDomainRepository extends CrudRepository<OrganizationDomain, Long> {

    List<OrganizationDomain> findByDomainInList(Collection<String> domains);

    Optional<OrganizationDomain> findByDomain(String domain);

    List<OrganizationDomain> findByOrganizationIdOrderByDomain(Long organizationId);
}
