package org.partnersplatform.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.installation.InstallationCommand;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.Await;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.ScriptedSource;
import org.partnersplatform.core.testplugins.TestPluginJars;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncServiceTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final String SHARED_PEOPLE_SOURCE = "org.example.sharedpeople";
    private static final Duration RUN_LIMIT = Duration.ofSeconds(30);

    private Map<String, String> properties;
    private Jdbc jdbc;

    @Inject
    SyncService syncs;

    @Inject
    InstallationService installations;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        TestPluginJars.scripted(dir, SHARED_PEOPLE_SOURCE);
        properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("partners.ingest.call-timeout", "2s");
        properties.put("partners.ingest.initial-backoff", "1ms");
        properties.put("partners.ingest.workers", "4");
        jdbc = new Jdbc(properties);
        return properties;
    }

    @Test
    void aFullRunStoresEveryItemOnceAndASecondRunAddsNothing() {
        long id = install("full", Map.of("items", "12", "pageSize", "5"));

        SyncRun first = finished(syncs.start(id, RunTrigger.MANUAL));

        assertEquals(RunStatus.SUCCEEDED, first.status(), first.message());
        assertEquals(3, first.pages());
        assertEquals(12, first.fetched());
        assertEquals(12, first.created());
        assertEquals(0, first.rejected());
        assertEquals(itemIds(0, 12), storedItemIds(id));
        assertEquals("12", checkpointOf(id));

        SyncRun second = finished(syncs.start(id, RunTrigger.MANUAL));

        assertEquals(RunStatus.SUCCEEDED, second.status(), second.message());
        assertEquals(0, second.fetched());
        assertEquals(0, second.created());
        assertEquals(0, second.updated());
        assertEquals(12, jdbc.count("SELECT COUNT(*) FROM activity WHERE installation_id = ?", id));
    }

    @Test
    void readingEverythingAgainFromTheStartLeavesEveryItemUnchanged() {
        long id = install("reread", Map.of("items", "6", "pageSize", "4"));
        finished(syncs.start(id, RunTrigger.MANUAL));
        jdbc.count("SELECT COUNT(*) FROM activity");
        resetCheckpoint(id);

        SyncRun again = finished(syncs.start(id, RunTrigger.MANUAL));

        assertEquals(RunStatus.SUCCEEDED, again.status(), again.message());
        assertEquals(6, again.fetched());
        assertEquals(0, again.created());
        assertEquals(6, again.unchanged());
        assertEquals(6, jdbc.count("SELECT COUNT(*) FROM activity WHERE installation_id = ?", id));
    }

    @Test
    void malformedRecordsAreRejectedWithTheirReasonsAndTheRestIsStored() {
        long id = install("malformed", Map.of("items", "20", "pageSize", "4", "mode", ScriptedSource.MALFORMED));

        SyncRun run = finished(syncs.start(id, RunTrigger.MANUAL));

        assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
        assertEquals(5, run.pages());
        assertEquals(25, run.fetched());
        assertEquals(20, run.created());
        assertEquals(5, run.rejected());
        assertEquals(itemIds(0, 20), storedItemIds(id));
        List<String> reasons = syncs.rejectionsOf(run.id()).stream()
                .map(r -> r.itemId() + " -> " + r.reason()).toList();
        assertEquals(5, reasons.size(), reasons.toString());
        assertEquals("bad-1 -> the activity type \"mystery\" is not declared by the source (declared: comment,"
                + " commit, pull_request_merged)", reasons.get(0));
        assertEquals("  -> the item id must be 1 to 255 printable characters", reasons.get(1));
        assertEquals("bad-3 -> the date 1970-01-01T00:00:00Z is implausible (before 1990 or in the future)",
                reasons.get(2));
        assertTrue(reasons.get(3).startsWith("bad-4 -> the date ")
                && reasons.get(3).endsWith(" is implausible (before 1990 or in the future)"), reasons.get(3));
        assertEquals("bad-5 -> the URL ftp://example.org/bad-5 is not http or https", reasons.get(4));
        assertEquals(5, jdbc.count("SELECT COUNT(*) FROM sync_rejection WHERE run_id = ?", run.id()));
    }

    @Test
    void aPluginThatThrowsFailsOnlyItsRunAndKeepsWhatItCommitted() {
        long failing = install("throws", Map.of("items", "20", "pageSize", "4", "mode", ScriptedSource.FAIL,
                "modePage", "3", "pauseMillis", "100"));
        long healthy = install("beside throws", Map.of("items", "20", "pageSize", "4", "pauseMillis", "50"));

        SyncRun failingRun = syncs.start(failing, RunTrigger.MANUAL);
        SyncRun healthyRun = syncs.start(healthy, RunTrigger.MANUAL);
        SyncRun failed = finished(failingRun);
        SyncRun succeeded = finished(healthyRun);

        assertEquals(RunStatus.FAILED, failed.status());
        assertTrue(failed.message().contains(ScriptedSource.FAILURE_MESSAGE + 3), failed.message());
        assertEquals(2, failed.pages());
        assertEquals(8, failed.created());
        assertEquals(itemIds(0, 8), storedItemIds(failing));
        assertEquals("8", checkpointOf(failing));
        assertEquals(RunStatus.SUCCEEDED, succeeded.status(), succeeded.message());
        assertEquals(itemIds(0, 20), storedItemIds(healthy));
    }

    @Test
    void aPluginThatHangsTimesOutItsRunWhileAnotherInstallationSucceeds() {
        long hanging = install("hangs", Map.of("items", "20", "pageSize", "4", "mode", ScriptedSource.HANG,
                "modePage", "2"));
        long healthy = install("beside hangs", Map.of("items", "20", "pageSize", "4", "pauseMillis", "100"));

        Instant started = Instant.now();
        SyncRun hangingRun = syncs.start(hanging, RunTrigger.MANUAL);
        SyncRun healthyRun = syncs.start(healthy, RunTrigger.MANUAL);
        SyncRun timedOut = finished(hangingRun);
        Duration took = Duration.between(started, Instant.now());
        SyncRun succeeded = finished(healthyRun);

        assertEquals(RunStatus.FAILED, timedOut.status());
        assertEquals("reading a page did not answer within 2 s", timedOut.message());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "the hung run took " + took);
        assertEquals(itemIds(0, 4), storedItemIds(hanging));
        assertEquals("4", checkpointOf(hanging));
        assertEquals(RunStatus.SUCCEEDED, succeeded.status(), succeeded.message());
        assertEquals(itemIds(0, 20), storedItemIds(healthy));
    }

    @Test
    void aTemporaryOutageIsRetriedAndTheRunSucceedsWithEveryItem() {
        long id = install("flaky", Map.of("items", "10", "pageSize", "3", "mode", ScriptedSource.FLAKY,
                "modePage", "2"));

        SyncRun run = finished(syncs.start(id, RunTrigger.MANUAL));

        assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
        assertEquals(4, run.pages());
        assertEquals(10, run.created());
        assertEquals(itemIds(0, 10), storedItemIds(id));
    }

    @Test
    void aLongRateLimitReschedulesTheRunFromItsCheckpoint() {
        long id = install("rate limited", Map.of("items", "10", "pageSize", "3", "mode",
                ScriptedSource.RATE_LIMITED, "modePage", "2"));
        Instant before = Instant.now();

        SyncRun run = finished(syncs.start(id, RunTrigger.MANUAL));

        assertEquals(RunStatus.RESCHEDULED, run.status(), run.message());
        assertNotNull(run.retryAt());
        assertTrue(run.retryAt().isAfter(before.plus(Duration.ofHours(23))), run.retryAt().toString());
        assertTrue(run.message().contains("scripted rate limit"), run.message());
        assertEquals(run.retryAt(), installations.get(id).nextSyncAt());
        assertEquals(itemIds(0, 3), storedItemIds(id));
        assertEquals("3", checkpointOf(id));
    }

    @Test
    void aSecondRunWhileOneIsActiveIsAConflict() {
        long id = install("busy", Map.of("items", "10", "pageSize", "2", "pauseMillis", "300"));

        SyncRun active = syncs.start(id, RunTrigger.MANUAL);

        ConflictException refused = assertThrows(ConflictException.class, () -> syncs.start(id, RunTrigger.MANUAL));
        assertTrue(refused.getMessage().contains("already in progress"), refused.getMessage());
        assertEquals(RunStatus.SUCCEEDED, finished(active).status());
        assertEquals(1, syncs.runsOf(id).size());
    }

    @Test
    void aRunLeftRunningByADeadNodeIsClosedWhenTheNextRunStarts() {
        long id = install("orphaned", Map.of("items", "4", "pageSize", "2"));
        jdbc.update("INSERT INTO sync_run (installation_id, run_trigger, status, created_at, started_at)"
                + " VALUES (?, 'MANUAL', 'RUNNING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", id);
        long orphan = syncs.runsOf(id).get(0).id();

        SyncRun next = finished(syncs.start(id, RunTrigger.MANUAL));

        assertEquals(RunStatus.SUCCEEDED, next.status(), next.message());
        assertEquals(RunStatus.INTERRUPTED, syncs.get(orphan).status());
        assertEquals(itemIds(0, 4), storedItemIds(id));
    }

    @Test
    void aDisabledInstallationCannotBeSynced() {
        long id = install("disabled", Map.of());
        installations.setEnabled(id, false);

        assertThrows(ConflictException.class, () -> syncs.start(id, RunTrigger.MANUAL));
        assertTrue(syncs.runsOf(id).isEmpty());
    }

    @Test
    void theSecretReachesThePluginAfterAnUpdateThatLeftItBlank() {
        long id = install("secret kept", Map.of("items", "2", "token", "abcdefghij"));
        installations.update(id, new InstallationCommand(null, "secret kept", Map.of("items", "2", "token", " "),
                null, null, null));

        SyncRun run = finished(syncs.start(id, RunTrigger.MANUAL));

        assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
        assertEquals(List.of("{\"tokenLength\":\"10\"}", "{\"tokenLength\":\"10\"}"), jdbc.column(
                "SELECT attributes FROM activity WHERE installation_id = ? ORDER BY source_item_id", id));
        assertNull(installations.get(id).settings().get("token"));
    }

    @Test
    void concurrentFirstRunsOfInstallationsSharingNewPeopleAllSucceed() {
        List<Long> ids = IntStream.range(0, 4).mapToObj(i -> installations.create(new InstallationCommand(
                SHARED_PEOPLE_SOURCE, "shared people " + i, Map.of("items", "8", "pageSize", "8"), null, false,
                true)).id()).toList();

        List<SyncRun> started = ids.stream().map(id -> syncs.start(id, RunTrigger.MANUAL)).toList();
        List<SyncRun> runs = started.stream().map(this::finished).toList();

        assertEquals(List.of(RunStatus.SUCCEEDED, RunStatus.SUCCEEDED, RunStatus.SUCCEEDED, RunStatus.SUCCEEDED),
                runs.stream().map(SyncRun::status).toList(), runs.toString());
        assertEquals(4, jdbc.count("SELECT COUNT(*) FROM identity WHERE source = ?", SHARED_PEOPLE_SOURCE));
        for (long id : ids) {
            assertEquals(itemIds(0, 8), storedItemIds(id));
        }
    }

    private long install(String name, Map<String, String> settings) {
        return installations.create(new InstallationCommand(SOURCE, name, settings, null, false, true)).id();
    }

    private SyncRun finished(SyncRun run) {
        return Await.until("run " + run.id() + " to end", RUN_LIMIT, () -> syncs.get(run.id()),
                r -> r.status() != RunStatus.QUEUED && r.status() != RunStatus.RUNNING);
    }

    private List<String> storedItemIds(long installationId) {
        return jdbc.column("SELECT source_item_id FROM activity WHERE installation_id = ?"
                + " ORDER BY CAST(SUBSTRING(source_item_id, 6) AS INTEGER)", installationId);
    }

    private String checkpointOf(long installationId) {
        return jdbc.value("SELECT checkpoint FROM source_installation WHERE id = ?", installationId);
    }

    private void resetCheckpoint(long installationId) {
        jdbc.update("UPDATE source_installation SET checkpoint = '' WHERE id = ?", installationId);
    }

    private static List<String> itemIds(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "item-" + i).toList();
    }
}
