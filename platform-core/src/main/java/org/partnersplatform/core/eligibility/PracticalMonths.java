package org.partnersplatform.core.eligibility;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.core.scoring.EffectiveType;
import org.partnersplatform.core.scoring.RuleSets;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * An organization's accepted contributions per month: activities whose type the scoring rules in force class as
 * contributions (the policy's kind, else the plugin's), accepted (suggested ones count once confirmed), attributed to
 * the organization (the one its member belonged to on the day), by people who are not bots, in calendar months of the
 * deployment's time zone. Each activity counts once: the scoring caps do not apply here.
 */
@Singleton
public class PracticalMonths {

    private static final String SQL = "SELECT month_index, COUNT(*) FROM (SELECT %s AS month_index FROM activity a"
            + " JOIN member m ON m.id = a.member_id WHERE a.organization_id = ? AND a.review_state = 'ACCEPTED'"
            + " AND m.bot = FALSE AND a.occurred_at >= ? AND a.occurred_at < ? AND a.activity_type_id IN (%s)) r"
            + " GROUP BY month_index";

    private final JdbcOperations jdbc;
    private final RuleSets ruleSets;
    private final DeploymentTime time;

    public PracticalMonths(JdbcOperations jdbc, RuleSets ruleSets, DeploymentTime time) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.time = time;
    }

    /**
     * The accepted contributions of each month from {@code from} to {@code to}, both included: every month is
     * present, with 0 when there were none.
     *
     * @throws org.partnersplatform.core.InvalidRequestException when {@code to} is before {@code from}
     */
    @ReadOnly
    public Map<YearMonth, Long> contributions(long organizationId, YearMonth from, YearMonth to) {
        List<YearMonth> months = new MonthWindow(from, to).months();
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        months.forEach(month -> counts.put(month, 0L));
        List<Long> types = ruleSets.current().types().stream()
                .filter(type -> type.kind() == ActivityKind.CONTRIBUTION).map(EffectiveType::typeId).toList();
        if (types.isEmpty()) {
            return counts;
        }
        String sql = SQL.formatted(monthIndex(months.size()),
                types.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return jdbc.prepareStatement(sql, statement -> {
            int parameter = 1;
            for (int i = 1; i < months.size(); i++) {
                statement.setTimestamp(parameter++, Timestamp.from(time.startOf(months.get(i))));
            }
            statement.setLong(parameter++, organizationId);
            statement.setTimestamp(parameter++, Timestamp.from(time.startOf(from)));
            statement.setTimestamp(parameter, Timestamp.from(time.startOf(to.plusMonths(1))));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    counts.put(months.get(result.getInt(1)), result.getLong(2));
                }
            }
            return counts;
        });
    }

    /** Which month an activity falls in (0 for the first), from the months' first instants in the zone. */
    private static String monthIndex(int months) {
        if (months == 1) {
            return "0";
        }
        StringBuilder expression = new StringBuilder("CASE");
        for (int i = 0; i < months - 1; i++) {
            expression.append(" WHEN a.occurred_at < ? THEN ").append(i);
        }
        return expression.append(" ELSE ").append(months - 1).append(" END").toString();
    }
}
