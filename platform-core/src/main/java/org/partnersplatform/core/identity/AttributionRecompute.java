package org.partnersplatform.core.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.partnersplatform.core.counting.ActivityCounts;
import org.partnersplatform.core.counting.MemberMonth;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Brings stored activities in line with who is who after people, organizations or affiliations change: an activity
 * belongs to the member that holds its identity, and counts for the organization that member belonged to on its day.
 * The monthly counts of the people and months whose activities moved are counted again in the same transaction, and
 * the months are announced with {@link AttributionChanged}, so published months get a new revision rather than a
 * silent change.
 */
@Singleton
public class AttributionRecompute {

    private static final int BATCH = 500;

    private final JdbcOperations jdbc;
    private final AffiliationRepository affiliations;
    private final DeploymentTime time;
    private final ApplicationEventPublisher<AttributionChanged> events;
    private final ActivityCounts counts;

    public AttributionRecompute(JdbcOperations jdbc, AffiliationRepository affiliations, DeploymentTime time,
                                ApplicationEventPublisher<AttributionChanged> events, ActivityCounts counts) {
        this.jdbc = jdbc;
        this.affiliations = affiliations;
        this.time = time;
        this.events = events;
        this.counts = counts;
    }

    /**
     * Recomputes the activities of these members (and of the identities they hold), in the caller's transaction.
     *
     * @param memberIds every member whose identities, affiliations or merges changed, on both sides of a merge
     * @param reason what changed, for the record
     * @return the months whose activities moved, oldest first
     */
    @Transactional
    public Set<YearMonth> members(Collection<Long> memberIds, String reason) {
        Set<MemberMonth> moved = new TreeSet<>();
        for (Long memberId : new TreeSet<>(memberIds)) {
            moved.addAll(recompute(memberId));
        }
        counts.refresh(moved);
        Set<YearMonth> months = new TreeSet<>();
        moved.forEach(group -> months.add(group.month()));
        if (!months.isEmpty()) {
            events.publishEvent(new AttributionChanged(months, reason));
        }
        return months;
    }

    /** Moves the member's activities; returns the groups they left and joined. */
    private Set<MemberMonth> recompute(long memberId) {
        List<Affiliation> memberAffiliations = affiliations.findByMemberId(memberId);
        List<Stored> stored = jdbc.prepareStatement("SELECT a.id, a.occurred_at, a.member_id, a.organization_id"
                + " FROM activity a JOIN identity i ON i.id = a.identity_id"
                + " WHERE i.member_id = ? OR a.member_id = ?", statement -> {
                    statement.setLong(1, memberId);
                    statement.setLong(2, memberId);
                    return read(statement);
                });
        Set<MemberMonth> moved = new HashSet<>();
        List<Stored> changed = new ArrayList<>();
        for (Stored activity : stored) {
            Long organization = Attribution.of(memberAffiliations, time.dayOf(activity.occurredAt())).orElse(null);
            if (activity.memberId() != memberId || !Objects.equals(activity.organizationId(), organization)) {
                changed.add(new Stored(activity.id(), activity.occurredAt(), memberId, organization));
                moved.add(counts.groupOf(activity.memberId(), activity.occurredAt()));
                moved.add(counts.groupOf(memberId, activity.occurredAt()));
            }
        }
        for (int i = 0; i < changed.size(); i += BATCH) {
            update(changed.subList(i, Math.min(changed.size(), i + BATCH)));
        }
        return moved;
    }

    private List<Stored> read(PreparedStatement statement) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                long organization = result.getLong(4);
                rows.add(new Stored(result.getLong(1), result.getTimestamp(2).toInstant(),
                        result.getLong(3), result.wasNull() ? null : organization));
            }
        }
        return rows;
    }

    private void update(List<Stored> batch) {
        jdbc.prepareStatement("UPDATE activity SET member_id = ?, organization_id = ? WHERE id = ?", statement -> {
            for (Stored activity : batch) {
                statement.setLong(1, activity.memberId());
                if (activity.organizationId() == null) {
                    statement.setNull(2, Types.BIGINT);
                } else {
                    statement.setLong(2, activity.organizationId());
                }
                statement.setLong(3, activity.id());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    private record Stored(long id, Instant occurredAt, long memberId, Long organizationId) {
    }
}
