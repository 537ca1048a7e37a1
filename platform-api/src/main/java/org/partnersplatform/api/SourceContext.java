package org.partnersplatform.api;

import java.time.Clock;
import org.partnersplatform.api.http.SourceHttpClient;
import org.slf4j.Logger;

/**
 * What the core gives a source for one run or one inbound request, and a notifier for one delivery: deliberately
 * small, so that a plugin depends on nothing of the core.
 */
public interface SourceContext {

    /**
     * The core-owned HTTP client: timeouts, retries on 408, 423, 429 and 5xx, {@code Retry-After} and rate-limit
     * headers honoured, secrets never logged. Plugins do not bring their own HTTP stack.
     */
    SourceHttpClient http();

    /** The clock to read "now" from; tests fix it. */
    Clock clock();

    /** A logger named after the plugin and the installation. Never log a secret. */
    Logger logger();
}
