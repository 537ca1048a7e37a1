package org.partnersplatform.core.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Chooses the database a test context runs on: PostgreSQL on 127.0.0.1:5432 (database {@code test}) when it is
 * reachable, in a schema of its own per context so tests never see each other's data; the embedded H2 in PostgreSQL
 * mode otherwise, so the test command passes on a fresh machine. Under {@code CI=true} PostgreSQL is required.
 * {@code PARTNERS_TEST_POSTGRES_URL} points at another server.
 */
public final class TestDatabase {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabase() {
    }

    /** Datasource and Flyway properties for a fresh, empty database. */
    public static Map<String, String> properties() {
        String url = System.getenv().getOrDefault("PARTNERS_TEST_POSTGRES_URL", DEFAULT_URL);
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String name = "pp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, String> properties = new HashMap<>();
        if (reachable(url)) {
            properties.put("datasources.default.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
            properties.put("datasources.default.username", System.getenv().getOrDefault("PGUSER", "postgres"));
            properties.put("datasources.default.password", System.getenv().getOrDefault("PGPASSWORD", ""));
            properties.put("flyway.datasources.default.default-schema", name);
            properties.put("flyway.datasources.default.schemas", name);
        } else if (ci) {
            throw new IllegalStateException("CI=true but PostgreSQL is not reachable at " + url
                    + "; start it (see .ci/run) or set PARTNERS_TEST_POSTGRES_URL");
        } else {
            properties.put("datasources.default.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            properties.put("datasources.default.driver-class-name", "org.h2.Driver");
            properties.put("datasources.default.username", "sa");
            properties.put("datasources.default.password", "");
        }
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("datasources.default.maximum-pool-size", "6");
        properties.put("flyway.datasources.default.enabled", "true");
        properties.put("flyway.datasources.default.locations", "classpath:db/migration");
        properties.put("flyway.datasources.default.fail-on-missing-locations", "true");
        return properties;
    }

    /** Whether the tests run on PostgreSQL. */
    public static boolean isPostgres(Map<String, String> properties) {
        return properties.get("datasources.default.url").toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql");
    }

    private static boolean reachable(String url) {
        String rest = url.substring("jdbc:postgresql://".length());
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
