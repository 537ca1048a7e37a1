package org.partnersplatform.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.ingest.RunStatus;
import org.partnersplatform.core.ingest.RunTrigger;
import org.partnersplatform.core.ingest.SyncRun;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationCommand;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testplugins.ScriptedSource;

/** Feeds hand-written records through a real installation of the scripted source and a real sync run. */
public final class ScriptedRecords {

    private ScriptedRecords() {
    }

    /**
     * Installs the scripted source with these record lines ({@code itemId;type;occurredAt;userId;name;email;bot},
     * optionally followed by {@code ;name=value,name=value} attributes), syncs it and returns the installation's id once
     * the run succeeded.
     */
    public static long sync(InstallationService installations, SyncService syncs, String sourceId, String name,
                            boolean createProvisionalOrgs, List<String> lines) {
        long id = installations.create(new InstallationCommand(sourceId, name, Map.of("mode", ScriptedSource.RECORDS,
                "records", String.join("\n", lines), "pageSize", "4"), null, createProvisionalOrgs, true)).id();
        SyncRun started = syncs.start(id, RunTrigger.MANUAL);
        SyncRun run = Await.until("run " + started.id() + " to end", Duration.ofSeconds(30),
                () -> syncs.get(started.id()),
                r -> r.status() != RunStatus.QUEUED && r.status() != RunStatus.RUNNING);
        assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
        assertEquals(lines.size(), run.created(), "records stored");
        return id;
    }
}
