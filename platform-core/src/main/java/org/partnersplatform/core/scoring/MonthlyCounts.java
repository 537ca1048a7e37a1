package org.partnersplatform.core.scoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.leaderboard.Period;

/**
 * Reads a period's counts of accepted activities of people who are not bots: per person, organization, type,
 * attribute rule and month (in the deployment's time zone), from the monthly counts kept in step with the activity
 * table ({@link org.partnersplatform.core.counting.ActivityCounts}), so a ranking reads a few thousand rows per month
 * instead of the month's activities. Names, bots, staff and erasure come from the member and organization rows.
 * Portable between PostgreSQL and H2 in PostgreSQL mode.
 */
@Singleton
public class MonthlyCounts {

    private static final String SQL = "SELECT c.member_id, m.display_name, m.erased_at, c.organization_id, o.name,"
            + " o.slug, o.staff, c.activity_type_id, c.scoring_rule, c.month_start, c.n FROM activity_count c"
            + " JOIN member m ON m.id = c.member_id LEFT JOIN organization o ON o.id = c.organization_id"
            + " WHERE c.month_start >= ? AND c.month_start <= ? AND m.bot = FALSE";

    private final JdbcOperations jdbc;

    public MonthlyCounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of the period's months. */
    public List<CountRow> of(Period period) {
        return jdbc.prepareStatement(SQL, statement -> {
            statement.setObject(1, period.first().atDay(1));
            statement.setObject(2, period.last().atDay(1));
            List<CountRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long organization = result.getLong(4);
                    Long organizationId = result.wasNull() ? null : organization;
                    rows.add(new CountRow(result.getLong(1), result.getString(2), result.getTimestamp(3) != null,
                            organizationId, result.getString(5), result.getString(6), result.getBoolean(7),
                            result.getLong(8), result.getString(9),
                            YearMonth.from(result.getObject(10, LocalDate.class)), result.getLong(11)));
                }
            }
            return rows;
        });
    }
}
