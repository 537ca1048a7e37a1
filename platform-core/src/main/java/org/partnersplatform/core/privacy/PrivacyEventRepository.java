package org.partnersplatform.core.privacy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The privacy log is only ever added to. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PrivacyEventRepository extends GenericRepository<PrivacyEvent, Long> {

    PrivacyEvent save(PrivacyEvent event);

    List<PrivacyEvent> findByMemberIdOrderByIdDesc(Long memberId);
}
