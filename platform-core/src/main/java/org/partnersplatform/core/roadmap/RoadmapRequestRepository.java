package org.partnersplatform.core.roadmap;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoadmapRequestRepository extends CrudRepository<RoadmapRequest, Long> {

    List<RoadmapRequest> findByOrganizationIdOrderByIdDesc(Long organizationId);

    long countByOrganizationIdAndCalendarYear(Long organizationId, int calendarYear);
}
