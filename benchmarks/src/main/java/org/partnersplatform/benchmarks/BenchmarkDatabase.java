package org.partnersplatform.benchmarks;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnersplatform.core.counting.ActivityCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's schema and the real core running on it. {@link #open} drops the schema when it holds a community
 * generated with other parameters (or an interrupted generation), starts a Micronaut context with the
 * {@code platform-core} beans on it (which runs the application's Flyway migrations, as a deployment does; no
 * plugins are loaded), and generates the community if the schema has none. The generated activities are counted
 * into the monthly counts by the application's own rebuild ({@link ActivityCounts#rebuild}), as a deployment's
 * first start after migration V12 does, and the counts table is analysed like the loaded tables. The context's
 * plugins and data directories (the latter holds a generated secrets key and admin password) are temporary and
 * deleted on close.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkDatabase.class);

    private final ApplicationContext context;
    private final List<Path> directories;
    private final boolean generated;
    private final long generationMillis;

    private BenchmarkDatabase(ApplicationContext context, List<Path> directories, boolean generated,
                              long generationMillis) {
        this.context = context;
        this.directories = directories;
        this.generated = generated;
        this.generationMillis = generationMillis;
    }

    /** Prepares the schema, starts the core on it and generates the community unless it is already there. */
    public static BenchmarkDatabase open(BenchmarkSettings settings) throws SQLException {
        CommunityParameters parameters = settings.community();
        List<Path> directories = List.of(temporaryDirectory("pp-bench-plugins"), temporaryDirectory("pp-bench-data"));
        try (Connection connection = connect(settings, settings.url())) {
            Optional<String> marker = GenerationMarker.read(connection, settings.schema());
            if (marker.isPresent() && marker.get().equals(parameters.describe())) {
                LOG.info("Reusing the community in schema {} ({})", settings.schema(), marker.get());
                ApplicationContext context = ApplicationContext.run(properties(settings, directories));
                analyseCounts(settings);
                return new BenchmarkDatabase(context, directories, false, 0);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + settings.schema() + " CASCADE");
            }
        }
        ApplicationContext context = ApplicationContext.run(properties(settings, directories));
        try (Connection connection = connect(settings, settings.schemaUrl())) {
            LOG.info("Generating {} in schema {}", parameters.describe(), settings.schema());
            long start = System.nanoTime();
            new CommunityGenerator(parameters).generate(connection);
            long counting = System.nanoTime();
            int months = context.getBean(ActivityCounts.class).rebuild();
            analyseCounts(settings);
            LOG.info("Counted {} months into activity_count in {} ms", months,
                    (System.nanoTime() - counting) / 1_000_000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            GenerationMarker.write(connection, parameters, millis);
            return new BenchmarkDatabase(context, directories, true, millis);
        } catch (SQLException | RuntimeException e) {
            context.close();
            delete(directories);
            throw e;
        }
    }

    /** The running core. */
    public ApplicationContext context() {
        return context;
    }

    /** Whether this run generated the community (rather than reusing it). */
    public boolean generated() {
        return generated;
    }

    /** How long generating took, 0 when it was reused. */
    public long generationMillis() {
        return generationMillis;
    }

    @Override
    public void close() {
        context.close();
        delete(directories);
    }

    /** Statistics for the planner on the monthly counts, which the application fills after the load. */
    private static void analyseCounts(BenchmarkSettings settings) throws SQLException {
        try (Connection connection = connect(settings, settings.schemaUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE activity_count");
        }
    }

    static Connection connect(BenchmarkSettings settings, String url) throws SQLException {
        return DriverManager.getConnection(url, settings.user(), settings.password());
    }

    private static Map<String, Object> properties(BenchmarkSettings settings, List<Path> directories) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", settings.schemaUrl());
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.username", settings.user());
        properties.put("datasources.default.password", settings.password());
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("datasources.default.maximum-pool-size", "4");
        properties.put("flyway.datasources.default.enabled", "true");
        properties.put("flyway.datasources.default.locations", "classpath:db/migration");
        properties.put("flyway.datasources.default.fail-on-missing-locations", "true");
        properties.put("flyway.datasources.default.default-schema", settings.schema());
        properties.put("flyway.datasources.default.schemas", settings.schema());
        properties.put("partners.plugins.dir", directories.get(0).toString());
        properties.put("partners.data-dir", directories.get(1).toString());
        return properties;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(List<Path> directories) {
        for (Path directory : directories) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the benchmark's temporary directory " + directory, e);
            }
        }
    }
}
