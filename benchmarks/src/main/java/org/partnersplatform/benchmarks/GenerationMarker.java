package org.partnersplatform.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The table {@code bench_generation} in the benchmark's schema: one row naming the parameters the schema's community
 * was generated with and how long that took. It is written last, so a schema whose generation was interrupted has no
 * marker and is regenerated.
 */
final class GenerationMarker {

    private static final String TABLE = "bench_generation";

    private GenerationMarker() {
    }

    /** The parameters the schema (the connection's current schema) was generated with, if it was. */
    static Optional<String> read(Connection connection, String schema) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_name = ?")) {
            exists.setString(1, schema);
            exists.setString(2, TABLE);
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT parameters FROM " + schema + "." + TABLE)) {
            return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
        }
    }

    /** Records that the schema now holds the community generated with these parameters. */
    static void write(Connection connection, CommunityParameters parameters, long millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " (parameters VARCHAR(500) NOT NULL,"
                    + " generated_at TIMESTAMP WITH TIME ZONE NOT NULL, generation_millis BIGINT NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (parameters, generated_at, generation_millis) VALUES (?, CURRENT_TIMESTAMP, ?)")) {
            insert.setString(1, parameters.describe());
            insert.setLong(2, millis);
            insert.executeUpdate();
        }
    }
}
