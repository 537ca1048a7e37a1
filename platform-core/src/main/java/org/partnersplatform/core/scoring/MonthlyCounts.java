package org.partnersplatform.core.scoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.partnersplatform.core.leaderboard.Period;

/**
 * Reads a period's counts of accepted activities of people who are not bots: per person, organization, type,
 * attribute rule and month (in the deployment's time zone), from the monthly counts kept in step with the activity
 * table ({@link org.partnersplatform.core.counting.ActivityCounts}), so a ranking reads a few rows per person and
 * month instead of the month's activities. Names, bots, staff and erasure come from the member and organization rows,
 * read apart and looked up in memory: joining them to every count row cost more than the counts themselves. Portable
 * between PostgreSQL and H2 in PostgreSQL mode.
 */
@Singleton
public class MonthlyCounts {

    private static final String IN_PERIOD = " c.month_start >= ? AND c.month_start <= ?";
    private static final String COUNTS = "SELECT c.member_id, c.organization_id, c.activity_type_id, c.scoring_rule,"
            + " c.month_start, c.n FROM activity_count c WHERE" + IN_PERIOD
            + " AND c.member_id NOT IN (SELECT b.id FROM member b WHERE b.bot = TRUE)";
    private static final String PEOPLE = "SELECT m.id, m.display_name, m.erased_at FROM member m WHERE m.bot = FALSE"
            + " AND m.id IN (SELECT c.member_id FROM activity_count c WHERE" + IN_PERIOD + ")";
    private static final String ORGANIZATIONS = "SELECT o.id, o.name, o.slug, o.staff FROM organization o"
            + " WHERE o.id IN (SELECT c.organization_id FROM activity_count c WHERE" + IN_PERIOD + ")";
    private static final String MEMBERS_BY_ID = "SELECT m.id, m.display_name, m.erased_at FROM member m"
            + " WHERE m.id IN (%s)";
    private static final String ORGANIZATIONS_BY_ID = "SELECT o.id, o.name, o.slug, o.staff FROM organization o"
            + " WHERE o.id IN (%s)";
    private static final int LOOKUP_BATCH = 500;

    private final JdbcOperations jdbc;

    public MonthlyCounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counts of the period's months. The people and organizations of the period are read first; one that a
     * concurrent write brought into the counts after that is looked up by id, so every count row gets its names.
     */
    public List<CountRow> of(Period period) {
        Map<Long, Person> people = new HashMap<>();
        read(PEOPLE, statement -> bind(statement, period), result -> person(result, people));
        Map<Long, Organization> organizations = new HashMap<>();
        read(ORGANIZATIONS, statement -> bind(statement, period), result -> organization(result, organizations));
        List<Counted> counted = new ArrayList<>();
        read(COUNTS, statement -> bind(statement, period), result -> {
            long organization = result.getLong(2);
            Long organizationId = result.wasNull() ? null : organization;
            counted.add(new Counted(result.getLong(1), organizationId, result.getLong(3),
                    result.getString(4), YearMonth.from(result.getObject(5, LocalDate.class)), result.getLong(6)));
        });
        lookUp(MEMBERS_BY_ID, counted.stream().map(Counted::memberId).filter(id -> !people.containsKey(id)),
                result -> person(result, people));
        lookUp(ORGANIZATIONS_BY_ID, counted.stream().map(Counted::organizationId)
                .filter(id -> id != null && !organizations.containsKey(id)),
                result -> organization(result, organizations));
        List<CountRow> rows = new ArrayList<>(counted.size());
        for (Counted count : counted) {
            Person person = people.get(count.memberId());
            Organization organization = count.organizationId() == null ? Organization.NONE
                    : organizations.get(count.organizationId());
            rows.add(new CountRow(person.id(), person.name(), person.erased(), organization.id(), organization.name(),
                    organization.slug(), organization.staff(), count.typeId(), count.rule(), count.month(),
                    count.n()));
        }
        return rows;
    }

    private static void person(ResultSet result, Map<Long, Person> people) throws SQLException {
        long id = result.getLong(1);
        people.put(id, new Person(id, result.getString(2), result.getTimestamp(3) != null));
    }

    private static void organization(ResultSet result, Map<Long, Organization> organizations) throws SQLException {
        long id = result.getLong(1);
        organizations.put(id, new Organization(id, result.getString(2), result.getString(3), result.getBoolean(4)));
    }

    private void lookUp(String sql, Stream<Long> ids, RowReader reader) {
        List<Long> missing = ids.distinct().toList();
        for (int i = 0; i < missing.size(); i += LOOKUP_BATCH) {
            List<Long> batch = missing.subList(i, Math.min(missing.size(), i + LOOKUP_BATCH));
            read(sql.formatted(String.join(", ", Collections.nCopies(batch.size(), "?"))), statement -> {
                for (int p = 0; p < batch.size(); p++) {
                    statement.setLong(p + 1, batch.get(p));
                }
            }, reader);
        }
    }

    private void read(String sql, Binder binder, RowReader reader) {
        jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    reader.read(result);
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, Period period) throws SQLException {
        statement.setObject(1, period.first().atDay(1));
        statement.setObject(2, period.last().atDay(1));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet result) throws SQLException;
    }

    private record Counted(long memberId, Long organizationId, long typeId, String rule, YearMonth month, long n) {
    }

    private record Person(long id, String name, boolean erased) {
    }

    private record Organization(Long id, String name, String slug, boolean staff) {

        static final Organization NONE = new Organization(null, null, null, false);
    }
}
