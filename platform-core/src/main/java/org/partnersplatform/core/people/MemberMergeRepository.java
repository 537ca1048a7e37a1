package org.partnersplatform.core.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MemberMergeRepository extends CrudRepository<MemberMerge, Long> {

    @Query("SELECT * FROM member_merge ORDER BY id DESC LIMIT :limit")
    List<MemberMerge> latest(int limit);

    @Query("SELECT * FROM member_merge WHERE target_member_id = :memberId OR source_member_id = :memberId"
            + " ORDER BY id DESC")
    List<MemberMerge> involving(long memberId);

    /** The newest merge still in force whose source is this member. */
    @Query("SELECT * FROM member_merge WHERE source_member_id = :memberId AND undone_at IS NULL"
            + " ORDER BY id DESC LIMIT 1")
    Optional<MemberMerge> latestInForceFrom(long memberId);
}
