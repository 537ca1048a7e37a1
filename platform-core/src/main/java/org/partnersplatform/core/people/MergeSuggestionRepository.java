package org.partnersplatform.core.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MergeSuggestionRepository extends CrudRepository<MergeSuggestion, Long> {

    @Query("SELECT * FROM merge_suggestion WHERE status = 'PENDING' ORDER BY confidence DESC, id")
    List<MergeSuggestion> pending();

    /** Pending suggestions naming a member that is no longer active become obsolete; returns how many. */
    @Query("UPDATE merge_suggestion SET status = 'OBSOLETE' WHERE status = 'PENDING' AND EXISTS (SELECT 1"
            + " FROM member m WHERE m.id IN (member_a_id, member_b_id)"
            + " AND (m.merged_into_id IS NOT NULL OR m.erased_at IS NOT NULL))")
    int obsoleteInactive();

    @Query("UPDATE merge_suggestion SET status = 'OBSOLETE' WHERE status = 'PENDING'"
            + " AND (member_a_id = :memberId OR member_b_id = :memberId)")
    void obsoleteNaming(long memberId);

    /** The suggestion accepted with a merge that was undone is rejected, so the pair is not suggested again. */
    @Query("UPDATE merge_suggestion SET status = 'REJECTED', decided_by = :by, decided_at = :at"
            + " WHERE merge_id = :mergeId AND status = 'ACCEPTED'")
    void rejectAcceptedWith(long mergeId, String by, Instant at);
}
