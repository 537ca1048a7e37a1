package org.partnersplatform.api.notify;

import org.partnersplatform.api.Beta;
import org.partnersplatform.api.DeliveryRejectedException;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.SourceConfig;
import org.pf4j.ExtensionPoint;

/**
 * A channel alerts go out through (email, a chat webhook): the long-lived factory the host finds in a plugin. It
 * describes itself, checks a configuration and delivers one notification at a time. An implementation is stateless
 * and thread-safe: the core may deliver several notifications at once, with the same or different configurations.
 */
@Beta
public interface Notifier extends ExtensionPoint {

    /** The notifier's description; the same value on every call. */
    NotifierDescriptor descriptor();

    /**
     * Checks what the schema cannot: an address list that must parse, two settings that go together. Called when an
     * administrator saves the notifier's settings; it must not connect to anything.
     *
     * @throws InvalidConfigurationException naming the settings to fix, never echoing a secret
     */
    default void validate(SourceConfig config) {
    }

    /**
     * Delivers one notification and returns once the channel has accepted it; returning normally means delivered.
     *
     * <p>The core may deliver the same notification again (after a temporary failure, or when it could not record a
     * delivery that happened): pass {@link Notification#id()} where the channel deduplicates (an email's {@code
     * Message-ID}); where it cannot, a repeat is shown twice. HTTP goes through {@code context.http()}, which retries
     * and waits out rate limits itself; any other connection sets its own timeouts, since the core may stop waiting
     * for the call and interrupt it. Log through {@code context.logger()}, never a secret.
     *
     * @param notification what to say
     * @param config settings validated against the descriptor's schema and by {@link #validate}
     * @param context the core-owned HTTP client, a clock and a logger
     * @throws TemporarilyUnavailableException when the channel may accept it later (a server down, a 5xx, a timeout);
     *     the core retries
     * @throws RateLimitedException when the channel says when to try again
     * @throws InvalidConfigurationException when the channel refuses the settings (an unknown recipient, a refused
     *     login, a webhook that no longer exists); not retried until they change
     * @throws DeliveryRejectedException when the channel refuses this notification for good; not retried
     */
    void deliver(Notification notification, SourceConfig config, SourceContext context);
}
