package org.partnersplatform.core.publication;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Which published months a sync run brought late data to: those holding an activity of the run's installation first
 * seen or updated since the run started (months in the deployment's time zone).
 */
@Singleton
class LateDataMonths {

    private static final String TOUCHED = "SELECT 1 FROM activity WHERE installation_id = ? AND occurred_at >= ?"
            + " AND occurred_at < ? AND (updated_at >= ? OR first_seen_at >= ?) FETCH FIRST 1 ROWS ONLY";

    private final PublishedMonths published;
    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    LateDataMonths(PublishedMonths published, JdbcOperations jdbc, DeploymentTime time) {
        this.published = published;
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The run's late data: the published months it touched and the reason of their revision; empty if none. */
    @ReadOnly
    public Optional<LateData> of(long runId) {
        Run run = run(runId);
        if (run.startedAt() == null) {
            return Optional.empty();
        }
        List<YearMonth> months = new ArrayList<>();
        for (PublishedMonthSummary month : published.list()) {
            if (touched(run.installationId(), month.month(), run.startedAt())) {
                months.add(month.month());
            }
        }
        return months.isEmpty() ? Optional.empty()
                : Optional.of(new LateData(months, "late data from " + run.installation() + ", run #" + runId));
    }

    private boolean touched(long installationId, YearMonth month, Timestamp since) {
        return jdbc.prepareStatement(TOUCHED, statement -> {
            statement.setLong(1, installationId);
            statement.setTimestamp(2, Timestamp.from(time.startOf(month)));
            statement.setTimestamp(3, Timestamp.from(time.startOf(month.plusMonths(1))));
            statement.setTimestamp(4, since);
            statement.setTimestamp(5, since);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    private Run run(long runId) {
        return jdbc.prepareStatement("SELECT r.started_at, r.installation_id, i.name FROM sync_run r"
                + " JOIN source_installation i ON i.id = r.installation_id WHERE r.id = ?", statement -> {
                    statement.setLong(1, runId);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException("sync run " + runId + " does not exist");
                        }
                        return new Run(row.getTimestamp(1), row.getLong(2), row.getString(3));
                    }
                });
    }

    /** Months to revise and why. */
    record LateData(List<YearMonth> months, String reason) {
    }

    private record Run(Timestamp startedAt, long installationId, String installation) {
    }
}
