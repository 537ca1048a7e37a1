package org.partnersplatform.core.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * The monthly report stored with each published revision of a month, so that the report of a published month is
 * shown as it was published. The stored report is written once with its revision; only the name of an erased
 * person is ever replaced in it.
 */
@Singleton
public class ReportArchive {

    private static final String LATEST = "SELECT p.revision, p.published_at, r.content FROM published_month p"
            + " JOIN published_report r ON r.published_month_id = p.id WHERE p.calendar_month = ?"
            + " ORDER BY p.revision DESC";

    private final ReportBuilder builder;
    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final DeploymentTime time;

    ReportArchive(ReportBuilder builder, JdbcOperations jdbc, JsonMapper json, DeploymentTime time) {
        this.builder = builder;
        this.jdbc = jdbc;
        this.json = json;
        this.time = time;
    }

    /** Stores the month's report, as it stands now, with the revision just saved (in the caller's transaction). */
    public void store(long publishedMonthId, YearMonth month) {
        String content = write(builder.build(Period.month(month), false));
        jdbc.prepareStatement("INSERT INTO published_report (published_month_id, content) VALUES (?, ?)",
                statement -> {
                    statement.setLong(1, publishedMonthId);
                    statement.setString(2, content);
                    return statement.executeUpdate();
                });
    }

    /** The report stored with the month's latest revision, said to come from it; empty when never published. */
    Optional<Report> latest(YearMonth month) {
        return jdbc.prepareStatement(LATEST, statement -> {
            statement.setString(1, month.toString());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.<Report>empty();
                }
                Publication publication = new Publication(row.getInt(1),
                        time.dayOf(row.getTimestamp(2).toInstant()));
                Report stored = read(row.getString(3));
                return Optional.of(stored.published(publication, stored.notes()));
            }
        });
    }

    /**
     * Replaces names in every stored report that has these people (an erasure), leaving everything else as stored.
     *
     * @param namesBySlug the new name by {@code member-<id>}
     * @return how many stored reports were rewritten
     */
    public int rename(Map<String, String> namesBySlug) {
        int rewritten = 0;
        for (Map.Entry<Long, String> stored : naming(namesBySlug.keySet()).entrySet()) {
            Report before = read(stored.getValue());
            Report after = renamed(before, namesBySlug);
            if (!after.equals(before)) {
                jdbc.prepareStatement("UPDATE published_report SET content = ? WHERE published_month_id = ?",
                        statement -> {
                            statement.setString(1, write(after));
                            statement.setLong(2, stored.getKey());
                            return statement.executeUpdate();
                        });
                rewritten++;
            }
        }
        return rewritten;
    }

    private Map<Long, String> naming(Iterable<String> slugs) {
        Map<Long, String> found = new LinkedHashMap<>();
        for (String slug : slugs) {
            jdbc.prepareStatement("SELECT published_month_id, content FROM published_report WHERE content LIKE ?",
                    statement -> {
                        statement.setString(1, "%\"" + slug + "\"%");
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                found.put(row.getLong(1), row.getString(2));
                            }
                        }
                        return null;
                    });
        }
        return found;
    }

    private static Report renamed(Report report, Map<String, String> names) {
        List<RankedSection> sections = new ArrayList<>();
        for (RankedSection section : report.sections()) {
            sections.add(new RankedSection(section.key(), section.title(), section.entries().stream()
                    .map(e -> names.containsKey(e.slug()) ? e.named(names.get(e.slug())) : e).toList()));
        }
        return new Report(report.period(), report.type(), report.partial(), sections,
                report.newContributors().stream().map(p -> renamed(p, names)).toList(),
                report.newMembers().stream().map(p -> renamed(p, names)).toList(), report.notes(),
                report.publication());
    }

    private static Newcomer renamed(Newcomer person, Map<String, String> names) {
        return names.containsKey(person.slug()) ? person.named(names.get(person.slug())) : person;
    }

    private String write(Report report) {
        try {
            return json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a report", e);
        }
    }

    private Report read(String text) {
        try {
            return json.readValue(text, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored report cannot be read", e);
        }
    }
}
