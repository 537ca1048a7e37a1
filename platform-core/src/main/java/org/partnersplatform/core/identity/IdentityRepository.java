package org.partnersplatform.core.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IdentityRepository extends CrudRepository<Identity, Long> {

    Optional<Identity> findBySourceAndSourceUserId(String source, String sourceUserId);

    Optional<Identity> findFirstByEmailOrderById(String email);

    List<Identity> findByMemberId(Long memberId);
}
