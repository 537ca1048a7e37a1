package org.partnersplatform.core.membership;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GrandfatheredSponsorshipRepository extends CrudRepository<GrandfatheredSponsorship, Long> {

    Optional<GrandfatheredSponsorship> findByOrganizationId(long organizationId);
}
