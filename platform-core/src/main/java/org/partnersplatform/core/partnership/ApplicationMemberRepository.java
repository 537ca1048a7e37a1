package org.partnersplatform.core.partnership;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApplicationMemberRepository extends CrudRepository<ApplicationMember, Long> {

    List<ApplicationMember> findByApplicationIdOrderById(Long applicationId);
}
