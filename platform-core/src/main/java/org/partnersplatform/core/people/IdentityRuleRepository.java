package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdentityRuleRepository extends CrudRepository<IdentityRule, Long> {

    @Query("SELECT * FROM identity_rule ORDER BY id")
    List<IdentityRule> all();

    @Query("SELECT * FROM identity_rule WHERE match_field = :field AND match_value = :value"
            + " AND ((CAST(:source AS VARCHAR(100)) IS NULL AND source IS NULL) OR source = :source) LIMIT 1")
    Optional<IdentityRule> findSame(String field, String value, @Nullable String source);
}
