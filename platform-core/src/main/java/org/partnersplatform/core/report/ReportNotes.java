package org.partnersplatform.core.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.leaderboard.Period;

/** The administrator's note per month: at most one, up to {@value #MAX_LENGTH} characters; a blank note clears it. */
@Singleton
public class ReportNotes {

    /** The longest note kept. */
    public static final int MAX_LENGTH = 2000;

    private final JdbcOperations jdbc;
    private final Clock clock;

    ReportNotes(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Sets or clears a month's note.
     *
     * @param text the note; blank (or {@code null}) removes it
     * @param by who wrote it
     * @return the note kept, or empty when it was cleared
     */
    @Transactional
    public Optional<ReportNote> set(YearMonth month, String text, String by) {
        String note = text == null ? "" : text.strip();
        if (note.length() > MAX_LENGTH) {
            throw new InvalidRequestException("the note is too long",
                    Map.of("note", "is at most " + MAX_LENGTH + " characters, not " + note.length()));
        }
        update("DELETE FROM report_note WHERE calendar_month = ?", month.toString());
        if (note.isEmpty()) {
            return Optional.empty();
        }
        jdbc.prepareStatement("INSERT INTO report_note (calendar_month, note, updated_by, updated_at)"
                + " VALUES (?, ?, ?, ?)", statement -> {
                    statement.setString(1, month.toString());
                    statement.setString(2, note);
                    statement.setString(3, by);
                    statement.setTimestamp(4, Timestamp.from(clock.instant()));
                    return statement.executeUpdate();
                });
        return Optional.of(new ReportNote(month.toString(), note));
    }

    /** A month's note, if it has one. */
    @ReadOnly
    public Optional<ReportNote> of(YearMonth month) {
        return in(Period.month(month)).stream().findFirst();
    }

    /** The notes of a period's months, oldest first. */
    @ReadOnly
    public List<ReportNote> in(Period period) {
        return jdbc.prepareStatement("SELECT calendar_month, note FROM report_note WHERE calendar_month >= ?"
                + " AND calendar_month <= ? ORDER BY calendar_month", statement -> {
                    statement.setString(1, period.first().toString());
                    statement.setString(2, period.last().toString());
                    List<ReportNote> notes = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            notes.add(new ReportNote(row.getString(1), row.getString(2)));
                        }
                    }
                    return notes;
                });
    }

    private void update(String sql, String month) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, month);
            return statement.executeUpdate();
        });
    }
}
