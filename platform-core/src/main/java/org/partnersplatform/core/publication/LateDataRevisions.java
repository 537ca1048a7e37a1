package org.partnersplatform.core.publication;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.ingest.RunFinished;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a sync run that created or updated activities, revises the published months those activities fall in
 * ("late data from GitHub, run #12"). The months are the published ones holding an activity of that installation
 * first seen or updated since the run started. A month whose boards did not change gets no revision. A failure is
 * logged and never reaches the run.
 */
@Singleton
class LateDataRevisions {

    private static final Logger LOG = LoggerFactory.getLogger(LateDataRevisions.class);
    private static final String TOUCHED = "SELECT 1 FROM activity WHERE installation_id = ? AND occurred_at >= ?"
            + " AND occurred_at < ? AND (updated_at >= ? OR first_seen_at >= ?) FETCH FIRST 1 ROWS ONLY";

    private final MonthPublisher publisher;
    private final PublishedMonths published;
    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    LateDataRevisions(MonthPublisher publisher, PublishedMonths published, JdbcOperations jdbc, DeploymentTime time) {
        this.publisher = publisher;
        this.published = published;
        this.jdbc = jdbc;
        this.time = time;
    }

    @EventListener
    public void onRunFinished(RunFinished event) {
        if (event.changed() == 0) {
            return;
        }
        try {
            Run run = run(event.runId());
            if (run.startedAt() == null) {
                return;
            }
            List<YearMonth> months = new ArrayList<>();
            for (PublishedMonthSummary month : published.list()) {
                if (touched(event.installationId(), month.month(), run.startedAt())) {
                    months.add(month.month());
                }
            }
            if (!months.isEmpty()) {
                publisher.revise(months, "late data from " + run.installation() + ", run #" + event.runId());
            }
        } catch (RuntimeException e) {
            LOG.warn("Revising published months after sync run {} failed; the next change of their figures will"
                    + " revise them", event.runId(), e);
        }
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
        return jdbc.prepareStatement("SELECT r.started_at, i.name FROM sync_run r"
                + " JOIN source_installation i ON i.id = r.installation_id WHERE r.id = ?", statement -> {
                    statement.setLong(1, runId);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return new Run(row.getTimestamp(1), row.getString(2));
                    }
                });
    }

    private record Run(Timestamp startedAt, String installation) {
    }
}
