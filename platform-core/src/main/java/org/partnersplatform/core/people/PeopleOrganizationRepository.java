package org.partnersplatform.core.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import org.partnersplatform.core.identity.Organization;

/** The organizations the people directory names. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PeopleOrganizationRepository extends GenericRepository<Organization, Long> {

    List<Organization> findByIdInList(Collection<Long> ids);
}
