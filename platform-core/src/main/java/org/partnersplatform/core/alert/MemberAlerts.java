package org.partnersplatform.core.alert;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * The member rules at an instant, over accepted activities of people who are not bots, not erased and not merged away,
 * leaving out activities that count for a staff organization. {@link AlertKind#MEMBER_INACTIVE}: the member's last
 * activity is at least the configured days old (and less than twice that, so a deployment syncing years of history
 * does not page about people who left long ago); its dedupe key holds that last activity, so it fires once per spell.
 * {@link AlertKind#MEMBER_RETURNED}: an activity within the last configured days that came at least that many days
 * after the member's activity before it.
 */
@Singleton
public class MemberAlerts {

    private static final String COUNTED = " FROM activity a JOIN member m ON m.id = a.member_id"
            + " LEFT JOIN organization o ON o.id = a.organization_id"
            + " WHERE a.review_state = 'ACCEPTED' AND m.bot = FALSE AND m.erased_at IS NULL"
            + " AND m.merged_into_id IS NULL AND (o.staff IS NULL OR o.staff = FALSE) AND a.occurred_at <= ?";

    private static final String LAST = "SELECT m.id, m.display_name, MAX(a.occurred_at)" + COUNTED
            + " GROUP BY m.id, m.display_name HAVING MAX(a.occurred_at) <= ? AND MAX(a.occurred_at) > ?"
            + " ORDER BY m.id";

    private static final String RETURNS = "SELECT member_id, display_name, occurred_at, previous FROM ("
            + "SELECT a.member_id, m.display_name, a.occurred_at,"
            + " LAG(a.occurred_at) OVER (PARTITION BY a.member_id ORDER BY a.occurred_at, a.id) AS previous"
            + COUNTED + " AND a.member_id IN (SELECT member_id FROM activity WHERE occurred_at > ? AND occurred_at <= ?)"
            + ") spells WHERE occurred_at > ? AND previous IS NOT NULL ORDER BY member_id, occurred_at";

    private final JdbcOperations jdbc;
    private final AlertSettings settings;
    private final DeploymentTime time;

    public MemberAlerts(JdbcOperations jdbc, AlertSettings settings, DeploymentTime time) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.time = time;
    }

    /** The member alerts as of that instant, in a stable order. */
    @ReadOnly
    public List<AlertCandidate> asOf(Instant asOf) {
        List<AlertCandidate> found = new ArrayList<>(inactive(asOf));
        found.addAll(returned(asOf));
        return found;
    }

    private List<AlertCandidate> inactive(Instant asOf) {
        Duration spell = Duration.ofDays(settings.inactiveDays());
        return jdbc.prepareStatement(LAST, statement -> {
            set(statement, asOf, asOf.minus(spell), asOf.minus(spell.multipliedBy(2)));
            List<AlertCandidate> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long member = rows.getLong(1);
                    String name = rows.getString(2);
                    Instant last = rows.getTimestamp(3).toInstant();
                    LocalDate day = time.dayOf(last);
                    found.add(new AlertCandidate(AlertKind.MEMBER_INACTIVE, "member_inactive:" + member + ":"
                            + last.toEpochMilli(), AlertSubject.MEMBER, member, name, day.toString(),
                            "%s: no activity for %d days, the last on %s".formatted(name,
                                    Duration.between(last, asOf).toDays(), day)));
                }
            }
            return found;
        });
    }

    private List<AlertCandidate> returned(Instant asOf) {
        Duration spell = Duration.ofDays(settings.inactiveDays());
        Instant since = asOf.minus(spell);
        return jdbc.prepareStatement(RETURNS, statement -> {
            set(statement, asOf, since, asOf, since);
            List<AlertCandidate> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant at = rows.getTimestamp(3).toInstant();
                    Instant previous = rows.getTimestamp(4).toInstant();
                    if (Duration.between(previous, at).compareTo(spell) < 0) {
                        continue;
                    }
                    long member = rows.getLong(1);
                    String name = rows.getString(2);
                    LocalDate day = time.dayOf(at);
                    found.add(new AlertCandidate(AlertKind.MEMBER_RETURNED, "member_returned:" + member + ":"
                            + at.toEpochMilli(), AlertSubject.MEMBER, member, name, day.toString(),
                            "%s is back: active on %s after %d days without activity (the last on %s)".formatted(
                                    name, day, Duration.between(previous, at).toDays(), time.dayOf(previous))));
                }
            }
            return found;
        });
    }

    private static void set(PreparedStatement statement, Instant... instants) throws SQLException {
        for (int i = 0; i < instants.length; i++) {
            statement.setTimestamp(i + 1, Timestamp.from(instants[i]));
        }
    }
}
