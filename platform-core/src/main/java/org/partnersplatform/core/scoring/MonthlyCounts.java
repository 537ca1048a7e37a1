package org.partnersplatform.core.scoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Counts a period's accepted activities of people who are not bots in one SQL aggregate: per person, organization,
 * type, attribute rule and month (in the deployment's time zone). Attributes are never read.
 */
@Singleton
public class MonthlyCounts {

    private static final String SQL = "SELECT m.id, m.display_name, m.erased_at IS NOT NULL, o.id, o.name, o.slug,"
            + " COALESCE(o.staff, FALSE), a.activity_type_id, a.scoring_rule,"
            + " to_char(a.occurred_at AT TIME ZONE ?, 'YYYY-MM'), COUNT(*)"
            + " FROM activity a JOIN member m ON m.id = a.member_id LEFT JOIN organization o ON o.id = a.organization_id"
            + " WHERE a.occurred_at >= ? AND a.occurred_at < ? AND a.review_state = 'ACCEPTED' AND m.bot = FALSE"
            + " GROUP BY m.id, o.id, a.activity_type_id, a.scoring_rule, 10";

    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    public MonthlyCounts(JdbcOperations jdbc, DeploymentTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The counts of the period's months. */
    public List<CountRow> of(Period period) {
        return jdbc.prepareStatement(SQL, statement -> {
            statement.setString(1, time.zone().getId());
            statement.setTimestamp(2, Timestamp.from(time.startOf(period.first())));
            statement.setTimestamp(3, Timestamp.from(time.startOf(period.last().plusMonths(1))));
            List<CountRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long organization = result.getLong(4);
                    Long organizationId = result.wasNull() ? null : organization;
                    rows.add(new CountRow(result.getLong(1), result.getString(2), result.getBoolean(3),
                            organizationId, result.getString(5), result.getString(6),
                            result.getBoolean(7), result.getLong(8), result.getString(9),
                            YearMonth.parse(result.getString(10)), result.getLong(11)));
                }
            }
            return rows;
        });
    }
}
