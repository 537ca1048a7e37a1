package org.partnersplatform.core.leaderboard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Monthly leaderboards of organizations and individuals: the sum of the weights of accepted contributions in a
 * calendar month (in the deployment's time zone), with the change of rank and score against the month before. Bots
 * and the staff organization are left out; an erased person's kept activities count for their organization only.
 * Ties are broken by contributions, then by name, so the order is stable.
 */
@Singleton
public class LeaderboardService {

    private static final String WEIGHT = "COALESCE(t.weight_override, t.default_weight)";
    private static final String COUNTED = " WHERE a.occurred_at >= ? AND a.occurred_at < ?"
            + " AND a.review_state = 'ACCEPTED' AND t.kind = 'CONTRIBUTION' AND m.bot = FALSE";

    private static final String ORGANIZATIONS = "SELECT o.id, o.name, o.slug, SUM(" + WEIGHT + "), COUNT(*)"
            + " FROM activity a JOIN activity_type t ON t.id = a.activity_type_id JOIN member m ON m.id = a.member_id"
            + " JOIN organization o ON o.id = a.organization_id" + COUNTED + " AND o.staff = FALSE"
            + " GROUP BY o.id, o.name, o.slug";

    private static final String INDIVIDUALS = "SELECT m.id, m.display_name, NULL, SUM(" + WEIGHT + "), COUNT(*)"
            + " FROM activity a JOIN activity_type t ON t.id = a.activity_type_id JOIN member m ON m.id = a.member_id"
            + " LEFT JOIN organization o ON o.id = a.organization_id" + COUNTED
            + " AND (o.staff IS NULL OR o.staff = FALSE) AND m.erased_at IS NULL GROUP BY m.id, m.display_name";

    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    public LeaderboardService(JdbcOperations jdbc, DeploymentTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Organizations ranked for a month. */
    @ReadOnly
    public Leaderboard organizations(YearMonth month) {
        return rank(month, ORGANIZATIONS);
    }

    /** Individuals ranked for a month, affiliated or independent. */
    @ReadOnly
    public Leaderboard individuals(YearMonth month) {
        return rank(month, INDIVIDUALS);
    }

    private Leaderboard rank(YearMonth month, String sql) {
        List<Row> current = ordered(query(sql, month));
        Map<Long, Integer> previousRank = new HashMap<>();
        Map<Long, BigDecimal> previousScore = new HashMap<>();
        List<Row> previous = ordered(query(sql, month.minusMonths(1)));
        for (int i = 0; i < previous.size(); i++) {
            previousRank.put(previous.get(i).id(), i + 1);
            previousScore.put(previous.get(i).id(), previous.get(i).score());
        }
        List<LeaderboardEntry> entries = new ArrayList<>(current.size());
        for (int i = 0; i < current.size(); i++) {
            Row row = current.get(i);
            int rank = i + 1;
            Integer before = previousRank.get(row.id());
            entries.add(new LeaderboardEntry(rank, row.name(), row.slug() != null ? row.slug() : "member-" + row.id(),
                    row.score(), row.contributions(), before == null ? null : before - rank,
                    row.score().subtract(previousScore.getOrDefault(row.id(), BigDecimal.ZERO))));
        }
        return new Leaderboard(month, List.copyOf(entries));
    }

    private List<Row> query(String sql, YearMonth month) {
        Timestamp from = Timestamp.from(time.startOf(month));
        Timestamp to = Timestamp.from(time.startOf(month.plusMonths(1)));
        return jdbc.prepareStatement(sql, statement -> {
            statement.setTimestamp(1, from);
            statement.setTimestamp(2, to);
            return read(statement);
        });
    }

    private static List<Row> read(PreparedStatement statement) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3),
                        result.getBigDecimal(4).stripTrailingZeros(), result.getLong(5)));
            }
        }
        return rows;
    }

    private static List<Row> ordered(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::score).reversed()
                .thenComparing(Comparator.comparingLong(Row::contributions).reversed())
                .thenComparing(Row::name)
                .thenComparingLong(Row::id));
        return sorted;
    }

    private record Row(long id, String name, String slug, BigDecimal score, long contributions) {
    }
}
