package org.partnersplatform.core.privacy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain SQL over a person's rows in any table. A {@code ?} whose parameter is a collection stands for the whole list
 * ({@code IN (?)}); rows come back as ordered maps from camelCase column names to JSON-friendly values (instants and
 * dates as ISO text), so an export carries every column a table has, including ones added later.
 */
@Singleton
class Rows {

    private final JdbcOperations jdbc;

    Rows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> query(String sql, Object... parameters) {
        List<Object> flat = new ArrayList<>();
        return jdbc.prepareStatement(expand(sql, parameters, flat), statement -> {
            bind(statement, flat);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(camel(meta.getColumnLabel(c)), value(result, c, meta.getColumnType(c)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    int update(String sql, Object... parameters) {
        List<Object> flat = new ArrayList<>();
        return jdbc.prepareStatement(expand(sql, parameters, flat), statement -> {
            bind(statement, flat);
            return statement.executeUpdate();
        });
    }

    private static String expand(String sql, Object[] parameters, List<Object> flat) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c != '?') {
                out.append(c);
                continue;
            }
            Object parameter = parameters[next++];
            if (parameter instanceof Collection<?> list) {
                out.append(list.isEmpty() ? "NULL" : String.join(", ", Collections.nCopies(list.size(), "?")));
                flat.addAll(list);
            } else {
                out.append('?');
                flat.add(parameter);
            }
        }
        return out.toString();
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static Object value(ResultSet result, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp timestamp = result.getTimestamp(column);
                yield timestamp == null ? null : timestamp.toInstant().toString();
            }
            case Types.DATE -> {
                Date date = result.getDate(column);
                yield date == null ? null : date.toLocalDate().toString();
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> result.getLong(column);
            case Types.BOOLEAN, Types.BIT -> result.getBoolean(column);
            case Types.NUMERIC, Types.DECIMAL -> result.getBigDecimal(column);
            default -> result.getString(column);
        };
        return result.wasNull() ? null : value;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
