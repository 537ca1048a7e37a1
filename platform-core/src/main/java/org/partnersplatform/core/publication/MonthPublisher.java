package org.partnersplatform.core.publication;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.report.ReportArchive;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a finished month as an immutable snapshot of its boards (revision 1), and records each later change of
 * its figures as a new revision that says what moved, so nothing published ever changes silently. Each revision also
 * stores the month's report as it stood then ({@link ReportArchive}); only the boards decide whether a new revision
 * is made and what moved.
 */
@Singleton
public class MonthPublisher {

    /** Who made the revisions the platform makes itself. */
    public static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(MonthPublisher.class);
    private static final int MAX_REASON = 500;
    private static final String UNIQUE_REVISION = "published_month_revision";

    private final PublishedMonthRepository revisions;
    private final MonthSnapshots snapshots;
    private final MonthDocuments documents;
    private final DeploymentTime time;
    private final Clock clock;
    private final JdbcOperations jdbc;
    private final ReportArchive reports;
    private final ApplicationEventPublisher<MonthPublished> events;

    MonthPublisher(PublishedMonthRepository revisions, MonthSnapshots snapshots, MonthDocuments documents,
                   DeploymentTime time, Clock clock, JdbcOperations jdbc, ReportArchive reports,
                   ApplicationEventPublisher<MonthPublished> events) {
        this.revisions = revisions;
        this.snapshots = snapshots;
        this.documents = documents;
        this.time = time;
        this.clock = clock;
        this.jdbc = jdbc;
        this.reports = reports;
        this.events = events;
    }

    /**
     * Publishes a month that is over (in the deployment's time zone) and was not published before, and announces it
     * ({@link MonthPublished}).
     *
     * @param by who publishes it
     * @return revision 1
     */
    @Transactional
    public MonthRevision publish(YearMonth month, String by) {
        if (!month.isBefore(time.currentMonth())) {
            throw new ConflictException(month + " is not over yet: it can be published from "
                    + month.plusMonths(1).atDay(1) + " (" + time.zone().getId() + ")");
        }
        Optional<PublishedMonth> latest = revisions.findFirstByMonthOrderByRevisionDesc(month.toString());
        if (latest.isPresent()) {
            throw alreadyPublished(month, latest.get());
        }
        try {
            PublishedMonth saved = save(month, 1, by, "published", snapshots.of(month), MonthChanges.none());
            LOG.info("Published {} (revision 1)", month);
            events.publishEvent(new MonthPublished(month, by));
            return documents.revision(saved);
        } catch (DataAccessException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains(UNIQUE_REVISION)) {
                throw new ConflictException(month + " was published by someone else at the same moment; changes"
                        + " to its figures now arrive as new revisions");
            }
            throw e;
        }
    }

    /**
     * Computes each of these months again; a published month whose figures differ from its latest revision gets a
     * new revision with {@code reason} and what moved. Months never published, or unchanged, get nothing. Runs in
     * the caller's transaction, so the revision is stored with the change that caused it.
     *
     * @param reason why the figures changed ("merge #12 undone", "late data from GitHub"); "figures changed" if blank
     * @return the revisions made, oldest month first
     */
    @Transactional
    public List<MonthRevision> revise(Collection<YearMonth> months, String reason) {
        String why = reason == null || reason.isBlank() ? "figures changed" : reason;
        List<MonthRevision> made = new ArrayList<>();
        for (YearMonth month : new TreeSet<>(months)) {
            lock(month);
            Optional<PublishedMonth> latest = revisions.findFirstByMonthOrderByRevisionDesc(month.toString());
            if (latest.isEmpty()) {
                continue;
            }
            MonthContent before = documents.content(latest.get());
            MonthContent now = snapshots.of(month);
            if (now.boards().equals(before.boards())) {
                continue;
            }
            int revision = latest.get().revision() + 1;
            PublishedMonth saved = save(month, revision, SYSTEM, why, now, MonthDiff.between(before, now));
            LOG.info("Revised {}: revision {}", month, revision);
            made.add(documents.revision(saved));
        }
        return made;
    }

    private PublishedMonth save(YearMonth month, int revision, String by, String reason, MonthContent content,
                                MonthChanges changes) {
        String shortReason = reason.strip().length() > MAX_REASON ? reason.strip().substring(0, MAX_REASON)
                : reason.strip();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // as precise as the database keeps it
        PublishedMonth saved = revisions.save(new PublishedMonth(null, month.toString(), revision, at, by, shortReason,
                documents.write(content), documents.write(changes)));
        reports.store(saved.id(), month);
        return saved;
    }

    /** Holds the month's revisions until the transaction ends, so two changes cannot both make revision n+1. */
    private void lock(YearMonth month) {
        jdbc.prepareStatement("SELECT revision FROM published_month WHERE calendar_month = ? FOR UPDATE", statement -> {
            statement.setString(1, month.toString());
            statement.executeQuery().close();
            return null;
        });
    }

    private ConflictException alreadyPublished(YearMonth month, PublishedMonth latest) {
        return new ConflictException(month + " is already published (revision " + latest.revision() + " of "
                + time.dayOf(latest.publishedAt()) + "); changes to its figures now arrive as new revisions");
    }
}
