package org.partnersplatform.core.credit;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.InboundRequest;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.ingest.PageOutcome;
import org.partnersplatform.core.ingest.PushService;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.core.installation.InstallationRepository;
import org.partnersplatform.core.installation.InstallationService;

/**
 * Manual credits: finds the installation of the credits source ({@code partners.credits.source}, the manual plugin by
 * default) and hands it the credit. With one enabled installation it is chosen; with several the caller names one.
 */
@Singleton
public class CreditService {

    private final InstallationRepository installations;
    private final InstallationService installationService;
    private final PushService pushes;
    private final String sourceId;

    public CreditService(InstallationRepository installations, InstallationService installationService,
                         PushService pushes,
                         @Value("${partners.credits.source:org.partnersplatform.manual}") String sourceId) {
        this.installations = installations;
        this.installationService = installationService;
        this.pushes = pushes;
        this.sourceId = sourceId;
    }

    /** Stores a credit in the named installation, or in the only enabled one when none is named. */
    public PageOutcome credit(Long installationId, InboundRequest request) {
        return pushes.receive(installationFor(installationId).id(), request);
    }

    /** The credit types an installation offers, for a form. */
    public List<ActivityType> creditTypes(Long installationId) {
        return installationService.activityTypesOf(installationFor(installationId));
    }

    /** The enabled installations that take credits. */
    public List<Installation> creditInstallations() {
        return installations.findBySourceIdOrderById(sourceId).stream().filter(Installation::enabled).toList();
    }

    private Installation installationFor(Long installationId) {
        if (installationId != null) {
            Installation installation = installationService.find(installationId);
            if (!installation.sourceId().equals(sourceId)) {
                throw new InvalidRequestException("installation " + installationId + " does not take credits",
                        Map.of("installation", "must be an installation of " + sourceId));
            }
            return installation;
        }
        List<Installation> candidates = creditInstallations();
        if (candidates.isEmpty()) {
            throw new ConflictException("no enabled installation of " + sourceId
                    + " takes credits; create one in the admin area");
        }
        if (candidates.size() > 1) {
            throw new InvalidRequestException("several installations take credits; name one with ?installation=ID",
                    Map.of("installation", "is one of " + candidates.stream().map(i -> i.id().toString()).toList()));
        }
        return candidates.get(0);
    }
}
