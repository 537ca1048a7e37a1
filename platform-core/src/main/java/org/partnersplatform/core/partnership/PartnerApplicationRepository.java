package org.partnersplatform.core.partnership;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartnerApplicationRepository extends CrudRepository<PartnerApplication, Long> {

    Optional<PartnerApplication> findByStatusToken(String statusToken);

    /** The row locked until the transaction ends, so two reviewers cannot both decide it. */
    Optional<PartnerApplication> findByIdForUpdate(Long id);

    boolean existsByOrganizationIdAndStatus(Long organizationId, ApplicationStatus status);

    List<PartnerApplication> findByStatusOrderByIdDesc(ApplicationStatus status);

    List<PartnerApplication> listOrderByIdDesc();
}
