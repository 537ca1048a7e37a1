package org.partnersplatform.core.testing;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.partnersplatform.core.ingest.RunStatus;
import org.partnersplatform.core.ingest.RunTrigger;
import org.partnersplatform.core.ingest.SyncRun;
import org.partnersplatform.core.ingest.SyncService;

/**
 * A node in a process of its own, for tests that kill one: starts a context on the properties given as
 * {@code key=value} arguments, syncs the installation named by {@code sync.installation-id} and exits when the run
 * ends (0 when it succeeded).
 */
public final class SyncProcessMain {

    private SyncProcessMain() {
    }

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            properties.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        long installationId = Long.parseLong((String) properties.remove("sync.installation-id"));
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            SyncService syncs = context.getBean(SyncService.class);
            SyncRun run = syncs.start(installationId, RunTrigger.MANUAL);
            SyncRun done = Await.until("run " + run.id(), Duration.ofMinutes(5), () -> syncs.get(run.id()),
                    r -> r.status() != RunStatus.QUEUED && r.status() != RunStatus.RUNNING);
            System.out.println("run " + done.id() + " ended " + done.status());
            System.exit(done.status() == RunStatus.SUCCEEDED ? 0 : 1);
        }
    }
}
