package org.partnersplatform.core.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.publication.MonthKey;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * The reports people ask for. A monthly shout-out is for a month that is over; when the month is published it is the
 * report stored with its latest revision (and says which), otherwise it is computed now. Quarterly and annual
 * reports are computed now; one for a period still running is allowed and marked partial. The administrator's notes
 * are always the current ones.
 */
@Singleton
public class Reports {

    private final ReportBuilder builder;
    private final ReportArchive archive;
    private final ReportNotes notes;
    private final DeploymentTime time;

    Reports(ReportBuilder builder, ReportArchive archive, ReportNotes notes, DeploymentTime time) {
        this.builder = builder;
        this.archive = archive;
        this.notes = notes;
        this.time = time;
    }

    /** The shout-out of a month ({@code YYYY-MM}) that is over. */
    @ReadOnly
    public Report monthly(String month) {
        YearMonth chosen = MonthKey.parse(month);
        if (!chosen.isBefore(time.currentMonth())) {
            throw new InvalidRequestException(chosen + " is not over yet: its shout-out can be made from "
                    + chosen.plusMonths(1).atDay(1) + " (" + time.zone().getId() + ")",
                    Map.of("month", "is a month before " + time.currentMonth()));
        }
        Period period = Period.month(chosen);
        return archive.latest(chosen)
                .map(stored -> stored.published(stored.publication(), notes.in(period)))
                .orElseGet(() -> builder.build(period, false));
    }

    /** The report of a quarter ({@code YYYY-Qn}) that has started. */
    @ReadOnly
    public Report quarterly(String quarter) {
        return running(Period.parse(null, quarter, null, time.currentMonth(), null));
    }

    /** The report of a year ({@code YYYY}) that has started. */
    @ReadOnly
    public Report annual(String year) {
        return running(Period.parse(null, null, year, time.currentMonth(), null));
    }

    /** Reads a quarter that has started, or a 400 that says how to write one. */
    Period quarter(String quarter) {
        return Period.parse(null, quarter, null, time.currentMonth(), null);
    }

    /** Whether the period is still running. */
    boolean partial(Period period) {
        return !period.last().isBefore(time.currentMonth());
    }

    private Report running(Period period) {
        return builder.build(period, partial(period));
    }
}
