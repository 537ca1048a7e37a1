package org.partnersplatform.core.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * The people whose first accepted activity ever falls in a period: every kind of activity for new members,
 * contributions only for new contributors. Bots, erased people, people merged into another and staff (anyone with
 * an activity counted for a staff organization) are left out. Ordered by that first day, then name.
 */
@Singleton
class NewPeople {

    /**
     * First the people with such an activity in the period and their first day in it, then only those with none
     * before the period: the same as "first ever in the period", without reading everyone's whole history. The
     * "none before" test is a scalar subquery on purpose: PostgreSQL plans it as one index probe per candidate
     * (activity by member and day), where NOT EXISTS became a hash anti-join over every activity (687 ms against
     * 174 ms on the benchmark's month).
     */
    private static final String FIRSTS = "SELECT m.id, m.display_name, o.name, o.slug, f.first_at FROM"
            + " (SELECT a.member_id, MIN(a.occurred_at) AS first_at FROM activity a"
            + " JOIN activity_type t ON t.id = a.activity_type_id WHERE a.occurred_at >= ? AND a.occurred_at < ?"
            + " AND a.review_state = 'ACCEPTED' AND t.kind IN (%1$s) GROUP BY a.member_id) f"
            + " JOIN member m ON m.id = f.member_id"
            + " LEFT JOIN organization o ON o.id = (SELECT MIN(a2.organization_id) FROM activity a2"
            + " JOIN activity_type t2 ON t2.id = a2.activity_type_id WHERE a2.member_id = f.member_id"
            + " AND a2.occurred_at = f.first_at AND a2.review_state = 'ACCEPTED' AND t2.kind IN (%1$s))"
            + " WHERE m.bot = FALSE AND m.erased_at IS NULL AND m.merged_into_id IS NULL"
            + " AND (SELECT 1 FROM activity e JOIN activity_type et ON et.id = e.activity_type_id"
            + " WHERE e.member_id = f.member_id AND e.occurred_at < ? AND e.review_state = 'ACCEPTED'"
            + " AND et.kind IN (%1$s) LIMIT 1) IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM activity s"
            + " JOIN organization so ON so.id = s.organization_id WHERE s.member_id = m.id AND so.staff = TRUE)"
            + " ORDER BY f.first_at, m.display_name, m.id";
    private static final String CONTRIBUTIONS = "'CONTRIBUTION'";
    private static final String ANYTHING = "'CONTRIBUTION', 'CONVERSATION'";

    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    NewPeople(JdbcOperations jdbc, DeploymentTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** People whose first accepted contribution ever is in the period. */
    List<Newcomer> contributors(Period period) {
        return firsts(FIRSTS.formatted(CONTRIBUTIONS), period);
    }

    /** People first seen in the period: their first accepted activity of any kind ever is in it. */
    List<Newcomer> members(Period period) {
        return firsts(FIRSTS.formatted(ANYTHING), period);
    }

    private List<Newcomer> firsts(String sql, Period period) {
        Timestamp from = Timestamp.from(time.startOf(period.first()));
        Timestamp to = Timestamp.from(time.startOf(period.last().plusMonths(1)));
        return jdbc.prepareStatement(sql, statement -> {
            statement.setTimestamp(1, from);
            statement.setTimestamp(2, to);
            statement.setTimestamp(3, from);
            List<Newcomer> people = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    people.add(new Newcomer("member-" + row.getLong(1), row.getString(2), row.getString(3),
                            row.getString(4), time.dayOf(row.getTimestamp(5).toInstant())));
                }
            }
            return people;
        });
    }
}
