package org.partnersplatform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.core.testing.TestDatabase;

/**
 * The harness's smoke test, the only part of the benchmark the build runs: a small community generated in schemas of
 * its own has exactly the rows asked for, the promised shape, is the same for the same seed, and is reused. Skipped
 * when PostgreSQL is not reachable (the generator needs COPY); under {@code CI=true} it must be, as for every test.
 */
class CommunityGeneratorTest {

    private static final String CHECKSUM = "SELECT md5(string_agg(id || ':' || member_id || ':' || occurred_at || ':'"
            + " || COALESCE(organization_id, 0) || ':' || review_state || ':' || content_hash, ',' ORDER BY id))"
            + " FROM activity";

    private final String first = "bench_smoke_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String second = first + "_b";
    private BenchmarkSettings settings;
    private boolean postgres;

    @BeforeEach
    void requirePostgres() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("BENCH_URL", System.getenv().getOrDefault("PARTNERS_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/test"));
        environment.put("BENCH_SCHEMA", first);
        environment.put("BENCH_ACTIVITIES", "10000");
        environment.put("BENCH_MEMBERS", "1000");
        environment.put("BENCH_ORGANIZATIONS", "20");
        environment.put("BENCH_MONTHS", "3");
        environment.put("BENCH_LAST_MONTH", "2026-10");
        environment.put("BENCH_SEED", "7");
        settings = BenchmarkSettings.from(environment);
        postgres = TestDatabase.isPostgres(TestDatabase.properties());
        Assumptions.assumeTrue(postgres, "Skipped: the benchmark smoke test needs PostgreSQL at " + settings.url()
                + " (set PARTNERS_TEST_POSTGRES_URL to point at another server)");
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        if (postgres) {
            try (Connection connection = BenchmarkDatabase.connect(settings, settings.url());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + first + " CASCADE");
                statement.execute("DROP SCHEMA IF EXISTS " + second + " CASCADE");
            }
        }
    }

    @Test
    void generatesExactlyTheRequestedCommunityWithItsShapeAndReusesIt() throws SQLException {
        try (BenchmarkDatabase database = BenchmarkDatabase.open(settings)) {
            assertTrue(database.generated());
        }
        try (Connection connection = BenchmarkDatabase.connect(settings, settings.schemaUrl())) {
            assertEquals(10000, count(connection, "SELECT COUNT(*) FROM activity"));
            assertEquals(1000, count(connection, "SELECT COUNT(*) FROM member"));
            assertEquals(2000, count(connection, "SELECT COUNT(*) FROM identity"));
            assertEquals(20, count(connection, "SELECT COUNT(*) FROM organization"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM organization WHERE staff"));
            assertEquals(3, count(connection, "SELECT COUNT(DISTINCT date_trunc('month', occurred_at AT TIME ZONE"
                    + " 'UTC')) FROM activity"));
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM activity WHERE occurred_at < '2026-08-01Z'"
                    + " OR occurred_at >= '2026-11-01Z'"));
            assertTrue(count(connection, "SELECT COUNT(*) FROM member WHERE bot") > 0, "some bots");
            assertTrue(count(connection, "SELECT COUNT(*) FROM member m WHERE NOT EXISTS"
                    + " (SELECT 1 FROM affiliation f WHERE f.member_id = m.id)") > 0, "some independents");
            assertTrue(count(connection, "SELECT COUNT(*) FROM affiliation WHERE valid_to IS NOT NULL") > 0,
                    "some dated affiliations");
            assertTrue(count(connection, "SELECT COUNT(*) FROM activity a JOIN activity_type t"
                    + " ON t.id = a.activity_type_id WHERE t.kind = 'CONVERSATION'") > 0, "some conversations");
            assertTrue(count(connection, "SELECT COUNT(*) FROM activity WHERE occurred_at >= '2026-10-01Z'")
                    > count(connection, "SELECT COUNT(*) FROM activity WHERE occurred_at < '2026-09-01Z'"),
                    "later months are busier");
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM activity a JOIN affiliation f"
                    + " ON f.member_id = a.member_id AND f.organization_id = a.organization_id"
                    + " WHERE f.valid_to IS NOT NULL AND a.occurred_at >= f.valid_to + 1"),
                    "no activity is attributed to an organization the member had left");
            assertEquals(settings.community().describe(), text(connection, "SELECT parameters FROM bench_generation"));
        }
        try (BenchmarkDatabase database = BenchmarkDatabase.open(settings)) {
            assertFalse(database.generated(), "the marked schema is reused");
        }
    }

    @Test
    void theSameSeedGeneratesTheSameActivities() throws SQLException {
        BenchmarkSettings other = new BenchmarkSettings(settings.url(), second, settings.user(), settings.password(),
                settings.community(), settings.warmups(), settings.iterations());
        try (BenchmarkDatabase database = BenchmarkDatabase.open(settings);
             BenchmarkDatabase copy = BenchmarkDatabase.open(other)) {
            assertTrue(database.generated() && copy.generated());
        }
        try (Connection a = BenchmarkDatabase.connect(settings, settings.schemaUrl());
             Connection b = BenchmarkDatabase.connect(other, other.schemaUrl())) {
            assertEquals(text(a, CHECKSUM), text(b, CHECKSUM));
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        return Long.parseLong(text(connection, sql));
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getString(1);
        }
    }
}
