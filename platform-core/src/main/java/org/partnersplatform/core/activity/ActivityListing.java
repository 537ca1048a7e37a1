package org.partnersplatform.core.activity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;

/** The activities an installation stored, newest first, a page at a time. */
@Singleton
public class ActivityListing {

    /** The most one page returns. */
    public static final int MAX_LIMIT = 500;

    private static final String SQL = "SELECT a.source_item_id, t.type_key, t.label, t.kind, a.occurred_at, m.id,"
            + " m.display_name, i.username, o.name, a.url, a.title, a.review_state"
            + " FROM activity a JOIN activity_type t ON t.id = a.activity_type_id JOIN member m ON m.id = a.member_id"
            + " JOIN identity i ON i.id = a.identity_id LEFT JOIN organization o ON o.id = a.organization_id"
            + " WHERE a.installation_id = ? ORDER BY a.occurred_at DESC, a.id DESC LIMIT ? OFFSET ?";

    private final JdbcOperations jdbc;

    public ActivityListing(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of an installation's activities, newest first. */
    @ReadOnly
    public List<ActivityView> ofInstallation(long installationId, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new InvalidRequestException("the page is out of range",
                    Map.of("limit", "is between 1 and " + MAX_LIMIT, "offset", "is 0 or more"));
        }
        return jdbc.prepareStatement(SQL, statement -> {
            statement.setLong(1, installationId);
            statement.setInt(2, limit);
            statement.setInt(3, offset);
            List<ActivityView> views = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    views.add(read(row));
                }
            }
            return views;
        });
    }

    private static ActivityView read(ResultSet row) throws SQLException {
        return new ActivityView(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getTimestamp(5).toInstant(), row.getLong(6), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getString(11), row.getString(12));
    }
}
