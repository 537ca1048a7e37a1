package org.partnersplatform.core.publication;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Lets one node at a time close a month. On PostgreSQL it holds a session-level advisory lock on a connection of its
 * own while the work runs (a node that dies releases it with its connection); the key is derived from the schema, as
 * the run lock's, so deployments sharing a database do not block each other. The embedded database is opened by one
 * process only, so there a lock in this JVM is the same guarantee.
 */
@Singleton
class ClosingLock {

    private static final int KEY = 1;

    private final DataSource dataSource;
    private final boolean postgres;
    private final int namespace;
    private final AtomicBoolean heldInThisJvm = new AtomicBoolean();

    ClosingLock(DataSource dataSource) throws SQLException {
        DataSource target = dataSource;
        while (target instanceof DelegatingDataSource delegating) {
            target = delegating.getTargetDataSource();
        }
        this.dataSource = target;
        try (Connection connection = target.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            this.namespace = ("partners-platform:" + connection.getSchema() + ":month-closing").hashCode();
        }
    }

    /**
     * Runs {@code work} while holding the lock.
     *
     * @return whether the lock was free (so the work ran); {@code false} when another node or thread holds it
     */
    boolean tryRun(Runnable work) {
        if (!heldInThisJvm.compareAndSet(false, true)) {
            return false;
        }
        try {
            if (!postgres) {
                work.run();
                return true;
            }
            try (Connection connection = dataSource.getConnection()) {
                if (!advisory(connection, "pg_try_advisory_lock")) {
                    return false;
                }
                try {
                    work.run();
                    return true;
                } finally {
                    advisory(connection, "pg_advisory_unlock");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot take the month-closing lock", e);
            }
        } finally {
            heldInThisJvm.set(false);
        }
    }

    private boolean advisory(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
            statement.setInt(1, namespace);
            statement.setInt(2, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
