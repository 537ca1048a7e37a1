package org.partnersplatform.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) through the driver's
 * CopyManager, a buffer at a time. Values must not contain tabs, newlines or backslashes; {@code null} is SQL NULL.
 */
final class CopyTable implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    CopyTable(Connection connection, String table, String columns) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    /** Appends one row, its values in the order of the columns. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            buffer.append(values[i] == null ? "\\N" : values[i].toString());
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Ends the COPY and returns how many rows the server stored. */
    long finish() throws SQLException {
        flush();
        long stored = copy.endCopy();
        if (stored != rows) {
            throw new IllegalStateException("COPY stored " + stored + " rows of " + rows);
        }
        return stored;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
