package org.partnersplatform.core.publication;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnersplatform.core.NotFoundException;

/** Reads what was published: the months, their revisions, and a month's publication status for the public pages. */
@Singleton
public class PublishedMonths {

    private static final String SUMMARIES = "SELECT p.calendar_month, p.revision, f.published_at, p.published_at"
            + " FROM published_month p JOIN published_month f ON f.calendar_month = p.calendar_month"
            + " AND f.revision = 1 WHERE p.revision = (SELECT MAX(l.revision) FROM published_month l"
            + " WHERE l.calendar_month = p.calendar_month)";

    private final PublishedMonthRepository revisions;
    private final MonthDocuments documents;
    private final JdbcOperations jdbc;

    PublishedMonths(PublishedMonthRepository revisions, MonthDocuments documents, JdbcOperations jdbc) {
        this.revisions = revisions;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /** Every published month, newest first. */
    @ReadOnly
    public List<PublishedMonthSummary> list() {
        return summaries(SUMMARIES + " ORDER BY p.calendar_month DESC", null);
    }

    /** Whether a month is published, and how often it was revised. */
    @ReadOnly
    public Optional<PublishedMonthSummary> status(YearMonth month) {
        return summaries(SUMMARIES + " AND p.calendar_month = ?", month).stream().findFirst();
    }

    /** The latest revision of a published month. */
    @ReadOnly
    public MonthRevision latest(YearMonth month) {
        return revisions.findFirstByMonthOrderByRevisionDesc(month.toString()).map(documents::revision)
                .orElseThrow(() -> notPublished(month));
    }

    /** Every revision of a published month, first to latest. */
    @ReadOnly
    public List<MonthRevision> revisions(YearMonth month) {
        List<MonthRevision> all = revisions.findByMonthOrderByRevision(month.toString()).stream()
                .map(documents::revision).toList();
        if (all.isEmpty()) {
            throw notPublished(month);
        }
        return all;
    }

    /** One revision of a published month. */
    @ReadOnly
    public MonthRevision revision(YearMonth month, int revision) {
        return revisions.findByMonthAndRevision(month.toString(), revision).map(documents::revision)
                .orElseThrow(() -> {
                    int latest = latest(month).revision();
                    return new NotFoundException(month + " has no revision " + revision + "; its revisions are 1 to "
                            + latest);
                });
    }

    private List<PublishedMonthSummary> summaries(String sql, YearMonth month) {
        return jdbc.prepareStatement(sql, statement -> {
            if (month != null) {
                statement.setString(1, month.toString());
            }
            List<PublishedMonthSummary> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new PublishedMonthSummary(YearMonth.parse(row.getString(1)), row.getInt(2),
                            row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant()));
                }
            }
            return rows;
        });
    }

    private static NotFoundException notPublished(YearMonth month) {
        return new NotFoundException(month + " has not been published");
    }
}
