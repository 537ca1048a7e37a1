package org.partnersplatform.benchmarks;

import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a benchmark run uses, read from environment variables (so that they reach the JVM Maven forks): the server
 * and schema, the community's parameters and how many warm-up and measured iterations each scenario gets.
 *
 * @param url        a {@code jdbc:postgresql://host:port/database} URL without a schema
 * @param schema     the schema the benchmark owns: it is dropped and regenerated when it holds other data
 * @param user       the database user
 * @param password   the database password (never printed)
 * @param community  what to generate
 * @param warmups    untimed iterations before measuring, per scenario
 * @param iterations timed iterations per scenario
 */
public record BenchmarkSettings(String url, String schema, String user, String password,
                                CommunityParameters community, int warmups, int iterations) {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public BenchmarkSettings {
        if (!url.startsWith("jdbc:postgresql://") || url.contains("?")) {
            throw new IllegalArgumentException("BENCH_URL must be a jdbc:postgresql://host:port/database URL without"
                    + " parameters; got " + url);
        }
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("BENCH_SCHEMA must be a lower-case SQL identifier; got " + schema);
        }
        if (warmups < 0 || iterations < 1) {
            throw new IllegalArgumentException("BENCH_WARMUPS must be at least 0 and BENCH_ITERATIONS at least 1");
        }
    }

    /** Settings from the environment; every variable has a default (docs/benchmarks.md lists them). */
    public static BenchmarkSettings from(Map<String, String> environment) {
        CommunityParameters community = new CommunityParameters(
                number(environment, "BENCH_ACTIVITIES", 1_000_000),
                number(environment, "BENCH_MEMBERS", 20_000),
                number(environment, "BENCH_ORGANIZATIONS", 1_000),
                number(environment, "BENCH_MONTHS", 24),
                YearMonth.parse(environment.getOrDefault("BENCH_LAST_MONTH", "2026-10")),
                Long.parseLong(environment.getOrDefault("BENCH_SEED", "20261123")));
        return new BenchmarkSettings(
                environment.getOrDefault("BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                environment.getOrDefault("BENCH_SCHEMA", "bench"),
                environment.getOrDefault("PGUSER", "postgres"),
                environment.getOrDefault("PGPASSWORD", ""),
                community,
                number(environment, "BENCH_WARMUPS", 5),
                number(environment, "BENCH_ITERATIONS", 15));
    }

    /** The URL of the benchmark's schema. */
    public String schemaUrl() {
        return url + "?currentSchema=" + schema;
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number; got " + value, e);
        }
    }
}
