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
 * type, attribute rule and month (in the deployment's time zone). Names are joined after aggregating; attributes are
 * never read. Portable between PostgreSQL and H2 in PostgreSQL mode.
 */
@Singleton
public class MonthlyCounts {

    private static final String SQL = "SELECT g.member_id, m.display_name, m.erased_at, g.organization_id, o.name,"
            + " o.slug, o.staff, g.activity_type_id, g.scoring_rule, g.month_index, g.n FROM"
            + " (SELECT member_id, organization_id, activity_type_id, scoring_rule, month_index, COUNT(*) AS n FROM"
            + " (SELECT a.member_id, a.organization_id, a.activity_type_id, a.scoring_rule, %s AS month_index"
            + " FROM activity a WHERE a.occurred_at >= ? AND a.occurred_at < ? AND a.review_state = 'ACCEPTED') r"
            + " GROUP BY member_id, organization_id, activity_type_id, scoring_rule, month_index) g"
            + " JOIN member m ON m.id = g.member_id LEFT JOIN organization o ON o.id = g.organization_id"
            + " WHERE m.bot = FALSE";

    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    public MonthlyCounts(JdbcOperations jdbc, DeploymentTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The counts of the period's months. */
    public List<CountRow> of(Period period) {
        List<YearMonth> months = period.months();
        String monthIndex = months.size() == 1 ? "0" : monthIndex(months.size());
        return jdbc.prepareStatement(SQL.formatted(monthIndex), statement -> {
            int parameter = 1;
            for (int i = 1; i < months.size(); i++) {
                statement.setTimestamp(parameter++, Timestamp.from(time.startOf(months.get(i))));
            }
            statement.setTimestamp(parameter++, Timestamp.from(time.startOf(period.first())));
            statement.setTimestamp(parameter, Timestamp.from(time.startOf(period.last().plusMonths(1))));
            List<CountRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long organization = result.getLong(4);
                    Long organizationId = result.wasNull() ? null : organization;
                    rows.add(new CountRow(result.getLong(1), result.getString(2), result.getTimestamp(3) != null,
                            organizationId, result.getString(5), result.getString(6), result.getBoolean(7),
                            result.getLong(8), result.getString(9), months.get(result.getInt(10)),
                            result.getLong(11)));
                }
            }
            return rows;
        });
    }

    /** Which month of the period an activity falls in (0 for the first), from the months' starts in the zone. */
    private static String monthIndex(int months) {
        StringBuilder expression = new StringBuilder("CASE");
        for (int i = 0; i < months - 1; i++) {
            expression.append(" WHEN a.occurred_at < ? THEN ").append(i);
        }
        return expression.append(" ELSE ").append(months - 1).append(" END").toString();
    }
}
