package org.partnersplatform.core.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationMergeRepository extends CrudRepository<OrganizationMerge, Long> {

    List<OrganizationMerge> listOrderByIdDesc();

    Optional<OrganizationMerge> findFirstBySourceOrganizationIdAndUndoneAtIsNull(Long sourceOrganizationId);
}
