package org.partnersplatform.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.installation.InstallationCommand;
import org.partnersplatform.core.installation.InstallationRepository;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.Await;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testplugins.TestPluginJars;

/** Installations with a sync interval are synced when due, and only those. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncSchedulerTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scheduled";

    @Inject
    SyncScheduler scheduler;

    @Inject
    SyncService syncs;

    @Inject
    InstallationService installations;

    @Inject
    InstallationRepository repository;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("partners.ingest.schedule-poll", "1h");
        return properties;
    }

    @Test
    void aDueInstallationIsSyncedOnScheduleAndItsNextRunIsPlanned() {
        long due = installations.create(new InstallationCommand(SOURCE, "due", Map.of("items", "3"), 60, false,
                true)).id();
        long manual = installations.create(new InstallationCommand(SOURCE, "by hand", Map.of("items", "3"), null,
                false, true)).id();
        long notYet = installations.create(new InstallationCommand(SOURCE, "not yet", Map.of("items", "3"), 60,
                false, true)).id();
        repository.updateNextSyncAt(due, Instant.now().minusSeconds(1));

        Instant before = Instant.now();
        scheduler.startDueRuns();

        List<SyncRun> runs = syncs.runsOf(due);
        assertEquals(1, runs.size());
        assertEquals(RunTrigger.SCHEDULE, runs.get(0).trigger());
        SyncRun done = Await.until("the scheduled run to end", Duration.ofSeconds(30),
                () -> syncs.get(runs.get(0).id()), r -> r.status().isFinal());
        assertEquals(RunStatus.SUCCEEDED, done.status(), done.message());
        Instant next = repository.findById(due).orElseThrow().nextSyncAt();
        assertTrue(!next.isBefore(before.plus(Duration.ofMinutes(60))), "next run in an hour, was " + next);
        assertEquals(List.of(), syncs.runsOf(manual));
        assertEquals(List.of(), syncs.runsOf(notYet));
    }
}
