package org.partnersplatform.core.membership;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MembershipRepository extends CrudRepository<Membership, Long> {

    @Query("SELECT * FROM membership WHERE organization_id = :organizationId ORDER BY starts_on, id")
    List<Membership> findByOrganization(long organizationId);
}
