package org.partnersplatform.benchmarks;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The floor: one SQL query computing the month's "top contributing" organization aggregate (sum of weights by
 * organization, accepted contributions, no bots, no staff organization), run through the core's datasource in a
 * read-only transaction as the service's are, reading every row. No ranking, no previous month, no objects.
 */
final class PlainSqlFloor {

    private static final String SQL = "SELECT a.organization_id, SUM(COALESCE(t.weight_override, t.default_weight))"
            + " FROM activity a JOIN activity_type t ON t.id = a.activity_type_id"
            + " JOIN member m ON m.id = a.member_id JOIN organization o ON o.id = a.organization_id"
            + " WHERE a.occurred_at >= ? AND a.occurred_at < ? AND a.review_state = 'ACCEPTED'"
            + " AND t.kind = 'CONTRIBUTION' AND m.bot = FALSE AND o.staff = FALSE GROUP BY a.organization_id";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Timestamp from;
    private final Timestamp to;

    PlainSqlFloor(JdbcOperations jdbc, TransactionOperations<Connection> transactions, YearMonth month) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.from = Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        this.to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Runs the query and returns how many organizations it produced. */
    int run() {
        return transactions.executeRead(status -> jdbc.prepareStatement(SQL, statement -> {
            statement.setTimestamp(1, from);
            statement.setTimestamp(2, to);
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    result.getLong(1);
                    result.getBigDecimal(2);
                    rows++;
                }
            }
            return rows;
        }));
    }
}
