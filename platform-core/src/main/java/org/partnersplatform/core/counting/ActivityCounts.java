package org.partnersplatform.core.counting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.partnersplatform.core.activity.ReviewState;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Keeps the table {@code activity_count} equal to what the activity table gives: per member, organization, type,
 * attribute rule and month (in the deployment's time zone), how many accepted activities there are. Every write that
 * changes an activity's member, organization, type, rule, time or review state calls {@link #refresh} in its own
 * transaction with the (member, month) groups it touched, before and after the change; each group is then counted
 * again from the activity table. Bots, staff organizations and erasure are not applied here but when reading, so
 * changing a member or an organization needs no upkeep.
 *
 * <p>Two transactions refreshing the same person would each count without the other's uncommitted activities, so
 * {@link #refresh} and the rebuilds first lock the one row of {@code activity_count_state}: a second writer waits
 * there for the first to commit, then counts what it committed. The lock is taken last in a writer's transaction
 * and nothing it does afterwards waits on another writer, so it cannot deadlock with the member and identity rows
 * syncs lock; locking the people's member rows instead did, when concurrent first syncs created the same people.
 */
@Singleton
public class ActivityCounts {

    private static final int BATCH = 500;
    private static final String ACCEPTED = ReviewState.ACCEPTED.name();
    private static final String COUNT = "INSERT INTO activity_count (member_id, organization_id, activity_type_id,"
            + " scoring_rule, month_start, n) SELECT member_id, organization_id, activity_type_id, scoring_rule,"
            + " CAST(? AS DATE), COUNT(*) FROM activity WHERE %s occurred_at >= ? AND occurred_at < ?"
            + " AND review_state = '" + ACCEPTED + "' GROUP BY member_id, organization_id, activity_type_id,"
            + " scoring_rule";

    private final JdbcOperations jdbc;
    private final DeploymentTime time;
    private final Clock clock;

    public ActivityCounts(JdbcOperations jdbc, DeploymentTime time, Clock clock) {
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    /** The group an activity of this member at this instant counts in. */
    public MemberMonth groupOf(long memberId, Instant occurredAt) {
        return new MemberMonth(memberId, YearMonth.from(time.dayOf(occurredAt)));
    }

    /** Counts these groups again from the activity table, in the caller's transaction. */
    @Transactional
    public void refresh(Collection<MemberMonth> groups) {
        if (groups.isEmpty()) {
            return;
        }
        List<MemberMonth> sorted = new ArrayList<>(new TreeSet<>(groups));
        lock();
        for (int i = 0; i < sorted.size(); i += BATCH) {
            List<MemberMonth> batch = sorted.subList(i, Math.min(sorted.size(), i + BATCH));
            jdbc.prepareStatement("DELETE FROM activity_count WHERE member_id = ? AND month_start = ?", statement -> {
                for (MemberMonth group : batch) {
                    statement.setLong(1, group.memberId());
                    statement.setObject(2, group.month().atDay(1));
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
            jdbc.prepareStatement(COUNT.formatted("member_id = ? AND"), statement -> {
                for (MemberMonth group : batch) {
                    statement.setObject(1, group.month().atDay(1));
                    statement.setLong(2, group.memberId());
                    statement.setTimestamp(3, Timestamp.from(time.startOf(group.month())));
                    statement.setTimestamp(4, Timestamp.from(time.startOf(group.month().plusMonths(1))));
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
        }
    }

    /** Counts one month again from scratch. */
    @Transactional
    public void rebuild(YearMonth month) {
        lock();
        jdbc.prepareStatement("DELETE FROM activity_count WHERE month_start = ?", statement -> {
            statement.setObject(1, month.atDay(1));
            return statement.executeUpdate();
        });
        count(month);
    }

    /**
     * Counts every month again from scratch and records the time zone the months were cut in.
     *
     * @return how many months were counted, from the first activity's to the last's
     */
    @Transactional
    public int rebuild() {
        lock();
        jdbc.prepareStatement("DELETE FROM activity_count", PreparedStatement::executeUpdate);
        SortedSet<YearMonth> months = months();
        months.forEach(this::count);
        jdbc.prepareStatement("UPDATE activity_count_state SET time_zone = ?, built_at = ? WHERE id = 1",
                statement -> {
                    statement.setString(1, time.zone().getId());
                    statement.setTimestamp(2, Timestamp.from(clock.instant()));
                    return statement.executeUpdate();
                });
        return months.size();
    }

    /**
     * Rebuilds the counts when they were never built (the migration only creates the table) or were cut into months
     * of another time zone than the deployment's.
     *
     * @return how many months were counted, zero when the counts were current
     */
    @Transactional
    public int rebuildIfStale() {
        return time.zone().getId().equals(lock()) ? 0 : rebuild();
    }

    private void count(YearMonth month) {
        jdbc.prepareStatement(COUNT.formatted(""), statement -> {
            statement.setObject(1, month.atDay(1));
            statement.setTimestamp(2, Timestamp.from(time.startOf(month)));
            statement.setTimestamp(3, Timestamp.from(time.startOf(month.plusMonths(1))));
            return statement.executeUpdate();
        });
    }

    private SortedSet<YearMonth> months() {
        return jdbc.prepareStatement("SELECT MIN(occurred_at), MAX(occurred_at) FROM activity", statement -> {
            SortedSet<YearMonth> months = new TreeSet<>();
            try (ResultSet result = statement.executeQuery()) {
                Timestamp first = result.next() ? result.getTimestamp(1) : null;
                if (first == null) {
                    return months;
                }
                YearMonth last = YearMonth.from(time.dayOf(result.getTimestamp(2).toInstant()));
                for (YearMonth month = YearMonth.from(time.dayOf(first.toInstant())); !month.isAfter(last);
                     month = month.plusMonths(1)) {
                    months.add(month);
                }
            }
            return months;
        });
    }

    /** Locks the state row until the transaction ends; returns the time zone the counts were built for. */
    private String lock() {
        return jdbc.prepareStatement("SELECT time_zone FROM activity_count_state WHERE id = 1 FOR UPDATE",
                statement -> {
                    try (ResultSet result = statement.executeQuery()) {
                        if (!result.next()) {
                            throw new IllegalStateException("activity_count_state has no row; migration V12 adds it");
                        }
                        return result.getString(1);
                    }
                });
    }
}
