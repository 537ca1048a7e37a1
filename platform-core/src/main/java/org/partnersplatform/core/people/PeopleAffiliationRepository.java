package org.partnersplatform.core.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import org.partnersplatform.core.identity.Affiliation;

/** What merges and the people directory do to affiliations, besides what the affiliations' own service does. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PeopleAffiliationRepository extends GenericRepository<Affiliation, Long> {

    List<Affiliation> findByMemberIdInList(Collection<Long> memberIds);

    /** Moves affiliations that a member still holds to another member; returns how many moved. */
    @Query("UPDATE affiliation SET member_id = :toMemberId WHERE id IN (:ids) AND member_id = :fromMemberId")
    int move(Collection<Long> ids, long fromMemberId, long toMemberId);

    @Query("UPDATE affiliation SET set_aside_by_merge_id = :mergeId WHERE id IN (:ids)")
    void setAside(Collection<Long> ids, long mergeId);

    @Query("UPDATE affiliation SET set_aside_by_merge_id = NULL WHERE set_aside_by_merge_id = :mergeId")
    void restoreSetAsideBy(long mergeId);
}
