package org.partnersplatform.core.ingest;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.http.HttpClientSettings;
import org.partnersplatform.api.http.Sleeper;
import org.partnersplatform.api.http.SourceHttpClient;
import org.partnersplatform.api.http.StandardSourceHttpClient;
import org.partnersplatform.core.installation.Installation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the small context a plugin receives: the shared HTTP client, the clock and a logger of its own. */
@Singleton
public class SourceContexts {

    private final SourceHttpClient http;
    private final Clock clock;

    public SourceContexts(IngestConfiguration configuration, Clock clock, Sleeper sleeper) {
        IngestConfiguration.Http settings = configuration.http();
        this.http = new StandardSourceHttpClient(new HttpClientSettings(settings.connectTimeout(),
                settings.requestTimeout(), settings.maxAttempts(), settings.initialBackoff(),
                settings.maxRateLimitWait()), clock, sleeper);
        this.clock = clock;
    }

    /** The context for a run or a request of an installation; its logger is {@code source.<source id>}. */
    public SourceContext forInstallation(Installation installation) {
        Logger logger = LoggerFactory.getLogger("source." + installation.sourceId());
        return new Context(http, clock, logger);
    }

    /** The context for a delivery of a notifier; its logger is {@code notifier.<notifier id>}. */
    public SourceContext forNotifier(String notifierId) {
        return new Context(http, clock, LoggerFactory.getLogger("notifier." + notifierId));
    }

    private record Context(SourceHttpClient http, Clock clock, Logger logger) implements SourceContext {
    }
}
