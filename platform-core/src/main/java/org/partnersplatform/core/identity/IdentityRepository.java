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
public interface IdentityRepository extends CrudRepository<Identity, Long> {

    Optional<Identity> findBySourceAndSourceUserId(String source, String sourceUserId);

    List<Identity> findByMemberId(Long memberId);

    List<Identity> findByMemberIdInList(Collection<Long> memberIds);

    List<Identity> findByIdInList(Collection<Long> ids);

    /** The oldest identity with this (lower-cased) email held by a member that automatic rules may change. */
    @Query("SELECT i.* FROM identity i JOIN member m ON m.id = i.member_id WHERE i.email = :email"
            + " AND m.merged_into_id IS NULL AND m.erased_at IS NULL AND m.locked = FALSE ORDER BY i.id LIMIT 1")
    Optional<Identity> findFirstOfUnlockedMemberByEmail(String email);

    /**
     * The oldest identity standing for a GitHub account, held by a member that automatic rules may change: a no-reply
     * address of the account ({@code login@users.noreply.github.com} or {@code 12345+login@...}) or its profile page.
     *
     * @param noReply {@code login@users.noreply.github.com}
     * @param noReplyWithId {@code %+login@users.noreply.github.com}, a LIKE pattern (logins have no wildcard)
     * @param profileUrl {@code https://github.com/login}
     */
    @Query("SELECT i.* FROM identity i JOIN member m ON m.id = i.member_id"
            + " WHERE (i.email = :noReply OR i.email LIKE :noReplyWithId"
            + " OR LOWER(i.profile_url) = :profileUrl OR LOWER(i.profile_url) = CONCAT(:profileUrl, '/'))"
            + " AND m.merged_into_id IS NULL AND m.erased_at IS NULL AND m.locked = FALSE ORDER BY i.id LIMIT 1")
    Optional<Identity> findFirstOfUnlockedMemberByGitHubAccount(String noReply, String noReplyWithId,
                                                                String profileUrl);

    /** Moves identities to another member. */
    @Query("UPDATE identity SET member_id = :memberId WHERE id IN (:ids)")
    void moveTo(Collection<Long> ids, long memberId);

    /** Identities matching an identity rule: by lower-cased email or username, on any source or on one. */
    @Query("SELECT * FROM identity WHERE ((:field = 'EMAIL' AND email = :value)"
            + " OR (:field = 'USERNAME' AND LOWER(username) = :value))"
            + " AND (CAST(:source AS VARCHAR(100)) IS NULL OR source = :source) ORDER BY id")
    List<Identity> findMatchingRule(String field, String value, @Nullable String source);
}
