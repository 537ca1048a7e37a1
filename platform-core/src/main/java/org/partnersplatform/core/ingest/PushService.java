package org.partnersplatform.core.ingest;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ContributionSource;
import org.partnersplatform.api.source.InboundRequest;
import org.partnersplatform.api.source.PushSource;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.activity.ActivityTypeRegistry;
import org.partnersplatform.core.activity.RegisteredActivityType;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.plugin.PluginCalls;

/**
 * Hands an inbound request (a webhook, a manual credit) to its installation's push source and stores what it returns
 * exactly as a pulled page is stored, unique by item id. The source's typed exceptions pass through for the web
 * layer to answer (401 for a rejected request, 400 for a malformed one).
 */
@Singleton
public class PushService {

    private final InstallationService installations;
    private final ActivityTypeRegistry activityTypes;
    private final PageStore pages;
    private final PluginCalls calls;
    private final SourceContexts contexts;

    PushService(InstallationService installations, ActivityTypeRegistry activityTypes, PageStore pages,
                PluginCalls calls, SourceContexts contexts) {
        this.installations = installations;
        this.activityTypes = activityTypes;
        this.pages = pages;
        this.calls = calls;
        this.contexts = contexts;
    }

    /** Receives a request for an installation and stores its records. */
    public PageOutcome receive(long installationId, InboundRequest request) {
        Installation installation = installations.find(installationId);
        if (!installation.enabled()) {
            throw new ConflictException("installation " + installationId + " is disabled");
        }
        if (installations.financeSource(installation.sourceId()).isPresent()) {
            throw new ConflictException("the source " + installation.sourceId()
                    + " is a finance source; it is synced, it does not receive pushed activities");
        }
        ContributionSource source = installations.startedSource(installation.sourceId());
        if (!(source instanceof PushSource push)) {
            throw new ConflictException("the source " + installation.sourceId() + " does not receive pushed activities");
        }
        SourceConfig config = installations.configOf(installation);
        List<ActivityRecord> records = calls.call("receiving a request",
                () -> push.receive(request, config, contexts.forInstallation(installation)));
        Map<String, RegisteredActivityType> types = activityTypes.register(installation.sourceId(),
                calls.call("listing the activity types", () -> source.activityTypes(config)));
        return pages.store(installation, types, records, List.of(), Optional.empty(), Optional.empty());
    }
}
