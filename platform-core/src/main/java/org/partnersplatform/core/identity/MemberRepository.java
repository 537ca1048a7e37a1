package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberRepository extends CrudRepository<Member, Long> {

    /**
     * The member of the oldest identity rule matching an actor's lower-cased email or username, on any source or on
     * this one.
     */
    @Query("SELECT m.* FROM member m JOIN identity_rule r ON r.member_id = m.id"
            + " WHERE ((r.match_field = 'EMAIL' AND r.match_value = :email)"
            + " OR (r.match_field = 'USERNAME' AND r.match_value = :username))"
            + " AND (r.source IS NULL OR r.source = :source) ORDER BY r.id LIMIT 1")
    Optional<Member> findByIdentityRule(@Nullable String email, @Nullable String username, String source);

    List<Member> findByIdInList(Collection<Long> ids);

    /**
     * Active members whose name, or whose identities' username, name or email, matches a lower-case LIKE pattern
     * (escape character {@code !}), by name.
     */
    @Query("SELECT m.* FROM member m WHERE m.merged_into_id IS NULL AND m.erased_at IS NULL"
            + " AND (LOWER(m.display_name) LIKE :pattern ESCAPE '!' OR EXISTS (SELECT 1 FROM identity i"
            + " WHERE i.member_id = m.id AND (LOWER(i.username) LIKE :pattern ESCAPE '!'"
            + " OR LOWER(i.display_name) LIKE :pattern ESCAPE '!' OR i.email LIKE :pattern ESCAPE '!')))"
            + " ORDER BY LOWER(m.display_name), m.id LIMIT :limit OFFSET :offset")
    List<Member> search(String pattern, int limit, int offset);

    @Query("UPDATE member SET merged_into_id = :mergedIntoId WHERE id = :id")
    void updateMergedIntoId(long id, @Nullable Long mergedIntoId);

    @Query("UPDATE member SET locked = :locked WHERE id = :id")
    void updateLocked(long id, boolean locked);

    @Query("UPDATE member SET bot = :bot WHERE id = :id")
    void updateBot(long id, boolean bot);
}
