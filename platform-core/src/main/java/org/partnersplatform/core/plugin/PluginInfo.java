package org.partnersplatform.core.plugin;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.notify.NotifierDescriptor;
import org.partnersplatform.api.source.SourceDescriptor;

/**
 * A plugin as the host sees it.
 *
 * @param id the PF4J plugin id
 * @param name the name of its first source (or else of its first notifier), or its id
 * @param version the plugin's version
 * @param requires the platform API range it declares
 * @param state what the host made of it
 * @param reason why it is not started, or {@code null}
 * @param sources the contribution sources it provides (when started)
 * @param financeSources the finance sources it provides (when started)
 * @param notifiers the notifiers it provides (when started)
 */
public record PluginInfo(String id, String name, String version, String requires, PluginState state,
                         @Nullable String reason, List<SourceDescriptor> sources,
                         List<FinanceSourceDescriptor> financeSources, List<NotifierDescriptor> notifiers) {

    public PluginInfo {
        sources = List.copyOf(sources);
        financeSources = List.copyOf(financeSources);
        notifiers = List.copyOf(notifiers);
    }

    /** A plugin that does not run, named by its id, providing nothing. */
    static PluginInfo notStarted(String id, String version, String requires, PluginState state, String reason) {
        return new PluginInfo(id, id, version, requires, state, reason, List.of(), List.of(), List.of());
    }
}
