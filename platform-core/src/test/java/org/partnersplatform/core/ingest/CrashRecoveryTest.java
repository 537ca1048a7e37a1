package org.partnersplatform.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partnersplatform.core.installation.InstallationCommand;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.Await;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.SyncProcessMain;
import org.partnersplatform.core.testing.TestDatabase;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * Kills a node with SIGKILL in the middle of a run and checks that the next node closes the run as interrupted and
 * continues from the saved checkpoint with no hole and no duplicate.
 */
class CrashRecoveryTest {

    private static final String SOURCE = "org.example.scripted";
    private static final int ITEMS = 60;
    private static final Map<String, String> SLOW = Map.of("items", String.valueOf(ITEMS), "pageSize", "5",
            "pauseMillis", "500");
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static Server h2Server;

    @Test
    void aRunKilledMidwayIsInterruptedAndTheNextRunCompletesWithoutHolesOrDuplicates() throws Exception {
        Path plugins = TestPluginJars.newDirectory();
        TestPluginJars.scripted(plugins, SOURCE);
        Map<String, String> properties = sharedDatabase(CoreTestProperties.with(plugins));
        Jdbc jdbc = new Jdbc(properties);
        long installationId;
        try (ApplicationContext first = CoreTestProperties.start(properties)) {
            installationId = install(first);
        }

        Process node = launch(properties, installationId);
        long committed;
        try {
            committed = Await.until("some pages to be committed by the node", LIMIT,
                    () -> activities(jdbc, installationId), count -> count >= 10 || !node.isAlive());
            node.destroyForcibly();
            node.waitFor();
        } finally {
            node.destroyForcibly();
        }
        committed = activities(jdbc, installationId);
        assertTrue(committed >= 10 && committed < ITEMS, "committed before the kill: " + committed);
        assertEquals(String.valueOf(committed), jdbc.value(
                "SELECT checkpoint FROM source_installation WHERE id = ?", installationId));
        assertEquals(List.of("RUNNING"), jdbc.column("SELECT status FROM sync_run WHERE installation_id = ?",
                installationId));
        if (TestDatabase.isPostgres(properties)) {
            long namespace = RunLock.namespaceOf(properties.get("flyway.datasources.default.default-schema"))
                    & 0xFFFFFFFFL;
            Await.until("the dead node's run lock to be released", LIMIT, () -> jdbc.count(
                    "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = ? AND objid = ?",
                    namespace, installationId), held -> held == 0);
        }

        List<String> resumed;
        try (ApplicationContext restarted = CoreTestProperties.start(properties)) {
            SyncService syncs = restarted.getBean(SyncService.class);
            List<SyncRun> before = syncs.runsOf(installationId);
            assertEquals(1, before.size());
            assertEquals(RunStatus.INTERRUPTED, before.get(0).status());

            SyncRun run = finished(syncs, syncs.start(installationId, RunTrigger.MANUAL));

            assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(ITEMS - committed, run.created());
            assertEquals(ITEMS - committed, run.fetched());
            resumed = contents(jdbc, installationId);
        }

        List<String> expectedIds = IntStream.range(0, ITEMS).mapToObj(i -> "item-" + i).sorted().toList();
        assertEquals(expectedIds, jdbc.column("SELECT source_item_id FROM activity WHERE installation_id = ?"
                + " ORDER BY source_item_id", installationId));
        assertEquals(ITEMS, jdbc.count("SELECT COUNT(DISTINCT source_item_id) FROM activity"));
        assertEquals(uninterruptedRun(plugins), resumed);
    }

    private static List<String> uninterruptedRun(Path plugins) {
        Map<String, String> fresh = CoreTestProperties.with(plugins);
        try (ApplicationContext context = CoreTestProperties.start(fresh)) {
            long id = install(context);
            SyncService syncs = context.getBean(SyncService.class);
            SyncRun run = finished(syncs, syncs.start(id, RunTrigger.MANUAL));
            assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
            return contents(new Jdbc(fresh), id);
        }
    }

    private static long install(ApplicationContext context) {
        Map<String, String> settings = new HashMap<>(SLOW);
        return context.getBean(InstallationService.class)
                .create(new InstallationCommand(SOURCE, "slow git-like source", settings, null, true, true)).id();
    }

    private static List<String> contents(Jdbc jdbc, long installationId) {
        return jdbc.column("SELECT a.source_item_id || '|' || t.type_key || '|' || a.title || '|' || a.url"
                + " FROM activity a JOIN activity_type t ON t.id = a.activity_type_id"
                + " WHERE a.installation_id = ? ORDER BY a.source_item_id", installationId);
    }

    private static long activities(Jdbc jdbc, long installationId) {
        return jdbc.count("SELECT COUNT(*) FROM activity WHERE installation_id = ?", installationId);
    }

    private static SyncRun finished(SyncService syncs, SyncRun run) {
        return Await.until("run " + run.id() + " to end", LIMIT, () -> syncs.get(run.id()),
                r -> r.status() != RunStatus.QUEUED && r.status() != RunStatus.RUNNING);
    }

    /**
     * PostgreSQL is shared as it is; the in-memory H2 of a test cannot be, so without PostgreSQL both processes
     * connect to an H2 file served by H2's own TCP server, which avoids racing for the file's lock.
     */
    private static Map<String, String> sharedDatabase(Map<String, String> properties) throws Exception {
        if (TestDatabase.isPostgres(properties)) {
            return properties;
        }
        Path file = Files.createTempDirectory("pp-core-h2").resolve("crash");
        h2Server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        Map<String, String> shared = new HashMap<>(properties);
        shared.put("datasources.default.url", "jdbc:h2:tcp://127.0.0.1:" + h2Server.getPort() + "/" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return shared;
    }

    @AfterAll
    static void stopH2Server() {
        if (h2Server != null) {
            h2Server.stop();
        }
    }

    private static Process launch(Map<String, String> properties, long installationId) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                SyncProcessMain.class.getName()));
        properties.forEach((key, value) -> command.add(key + "=" + value));
        command.add("sync.installation-id=" + installationId);
        Path log = Files.createTempFile("pp-sync-node", ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
