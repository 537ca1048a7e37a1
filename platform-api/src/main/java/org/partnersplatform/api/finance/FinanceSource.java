package org.partnersplatform.api.finance;

import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.pf4j.ExtensionPoint;

/**
 * A source of payments: the long-lived factory the host finds in a plugin. Stateless and thread-safe; the reading
 * happens in a session opened per run.
 */
public interface FinanceSource extends ExtensionPoint {

    /** The source's description; the same value on every call. */
    FinanceSourceDescriptor descriptor();

    /**
     * Checks what the schema cannot, without calling a remote service.
     *
     * @throws InvalidConfigurationException naming the settings to fix
     */
    default void validate(SourceConfig config) {
    }

    /** Opens a session for one run; see {@link PagedSession} for the paging contract. */
    PagedSession<PaymentRecord> open(SourceConfig config, SourceContext context);
}
