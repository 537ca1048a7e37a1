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
 * Leaderboards of organizations and individuals for a month, a quarter or a year: the sum of the weights of the
 * period's accepted activities (contributions only for "top contributing", conversations too for "most active"),
 * with the change of rank and score against the period before. Bots and the staff organization are left out; an
 * erased person's kept activities count for their organization only. Ties are broken by contributions, then by name,
 * so the order is stable.
 */
@Singleton
public class LeaderboardService {

    private static final String WEIGHT = "COALESCE(t.weight_override, t.default_weight)";
    private static final String COUNTS = ", SUM(" + WEIGHT + ")"
            + ", SUM(CASE WHEN t.kind = 'CONTRIBUTION' THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN t.kind = 'CONVERSATION' THEN 1 ELSE 0 END)";
    private static final String COUNTED = " WHERE a.occurred_at >= ? AND a.occurred_at < ?"
            + " AND a.review_state = 'ACCEPTED' AND t.kind IN (%s) AND m.bot = FALSE";

    private static final String ORGANIZATIONS = "SELECT o.id, o.name, o.slug" + COUNTS
            + " FROM activity a JOIN activity_type t ON t.id = a.activity_type_id JOIN member m ON m.id = a.member_id"
            + " JOIN organization o ON o.id = a.organization_id" + COUNTED + " AND o.staff = FALSE"
            + " GROUP BY o.id, o.name, o.slug";

    private static final String INDIVIDUALS = "SELECT m.id, m.display_name, NULL" + COUNTS
            + " FROM activity a JOIN activity_type t ON t.id = a.activity_type_id JOIN member m ON m.id = a.member_id"
            + " LEFT JOIN organization o ON o.id = a.organization_id" + COUNTED
            + " AND (o.staff IS NULL OR o.staff = FALSE) AND m.erased_at IS NULL GROUP BY m.id, m.display_name";

    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    public LeaderboardService(JdbcOperations jdbc, DeploymentTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Organizations ranked by contributions for a month. */
    @ReadOnly
    public Leaderboard organizations(YearMonth month) {
        return organizations(Period.month(month), RankingKind.CONTRIBUTIONS);
    }

    /** Individuals ranked by contributions for a month, affiliated or independent. */
    @ReadOnly
    public Leaderboard individuals(YearMonth month) {
        return individuals(Period.month(month), RankingKind.CONTRIBUTIONS);
    }

    /** Organizations ranked for a period. */
    @ReadOnly
    public Leaderboard organizations(Period period, RankingKind kind) {
        return rank(period, kind, ORGANIZATIONS);
    }

    /** Individuals ranked for a period, affiliated or independent. */
    @ReadOnly
    public Leaderboard individuals(Period period, RankingKind kind) {
        return rank(period, kind, INDIVIDUALS);
    }

    private Leaderboard rank(Period period, RankingKind kind, String template) {
        String sql = template.formatted(kind == RankingKind.CONTRIBUTIONS ? "'CONTRIBUTION'"
                : "'CONTRIBUTION', 'CONVERSATION'");
        List<Row> current = ordered(query(sql, period));
        Map<Long, Integer> previousRank = new HashMap<>();
        Map<Long, BigDecimal> previousScore = new HashMap<>();
        List<Row> previous = ordered(query(sql, period.previous()));
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
                    row.score(), row.contributions(), row.conversations(), before == null ? null : before - rank,
                    row.score().subtract(previousScore.getOrDefault(row.id(), BigDecimal.ZERO))));
        }
        return new Leaderboard(period, kind, List.copyOf(entries));
    }

    private List<Row> query(String sql, Period period) {
        Timestamp from = Timestamp.from(time.startOf(period.first()));
        Timestamp to = Timestamp.from(time.startOf(period.last().plusMonths(1)));
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
                        result.getBigDecimal(4).stripTrailingZeros(), result.getLong(5), result.getLong(6)));
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

    private record Row(long id, String name, String slug, BigDecimal score, long contributions, long conversations) {
    }
}
