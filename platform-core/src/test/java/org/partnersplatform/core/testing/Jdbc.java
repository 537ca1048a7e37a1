package org.partnersplatform.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC on a test database, outside the application, to see what was really committed. For PostgreSQL the URL
 * already selects the test's schema.
 */
public final class Jdbc {

    private final Map<String, String> properties;

    public Jdbc(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    /** The first column of each row, as strings. */
    public List<String> column(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    /** The single value of a query. */
    public String value(String sql, Object... parameters) {
        List<String> values = column(sql, parameters);
        if (values.size() != 1) {
            throw new IllegalStateException(sql + " returned " + values.size() + " rows");
        }
        return values.get(0);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** A count query's result. */
    public long count(String sql, Object... parameters) {
        return Long.parseLong(value(sql, parameters));
    }
}
