package org.partnersplatform.core.ingest;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Makes sure only one node runs a given installation at a time. On PostgreSQL it takes a session-level advisory lock
 * on a connection of its own, held for the whole run, so a node that dies releases it with its connection. Advisory
 * locks are database-wide, so the lock's first key is derived from the schema: deployments that share a database in
 * different schemas do not block each other. The embedded database can only be opened by one process, so there a
 * lock in this JVM is the same guarantee. Other cluster-wide jobs (the alert check, the alert delivery worker) take
 * it under negative keys, which no installation has.
 */
@Singleton
public class RunLock {

    private final DataSource dataSource;
    private final boolean postgres;
    private final int namespace;
    private final Set<Long> heldInThisJvm = ConcurrentHashMap.newKeySet();

    public RunLock(DataSource dataSource) throws SQLException {
        DataSource target = dataSource;
        while (target instanceof DelegatingDataSource delegating) {
            target = delegating.getTargetDataSource();
        }
        this.dataSource = target;
        try (Connection connection = target.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            this.namespace = namespaceOf(connection.getSchema());
        }
    }

    /** The first key of the advisory locks of the deployment in that schema. */
    static int namespaceOf(String schema) {
        return ("partners-platform:" + schema).hashCode();
    }

    /** Takes the lock of an installation if no one holds it; close the lease to release it. */
    public Optional<Lease> tryAcquire(long installationId) {
        if (!heldInThisJvm.add(installationId)) {
            return Optional.empty();
        }
        if (!postgres) {
            return Optional.of(() -> heldInThisJvm.remove(installationId));
        }
        try {
            Connection connection = dataSource.getConnection();
            if (advisory(connection, "pg_try_advisory_lock", installationId)) {
                return Optional.of(() -> {
                    try (connection) {
                        advisory(connection, "pg_advisory_unlock", installationId);
                    } finally {
                        heldInThisJvm.remove(installationId);
                    }
                });
            }
            connection.close();
            heldInThisJvm.remove(installationId);
            return Optional.empty();
        } catch (SQLException e) {
            heldInThisJvm.remove(installationId);
            throw new IllegalStateException("cannot take the run lock of installation " + installationId, e);
        }
    }

    private boolean advisory(Connection connection, String function, long installationId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
            statement.setInt(1, namespace);
            statement.setInt(2, Math.toIntExact(installationId));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** A held lock. */
    @FunctionalInterface
    public interface Lease extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }
}
