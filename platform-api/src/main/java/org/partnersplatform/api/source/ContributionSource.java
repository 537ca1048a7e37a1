package org.partnersplatform.api.source;

import java.util.List;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.pf4j.ExtensionPoint;

/**
 * A source of contributions: the long-lived factory the host finds in a plugin. It describes the source and validates
 * configuration; the work happens in a {@link PullSource} session or a {@link PushSource} request. An implementation
 * is stateless and thread-safe, and implements at least one of the two.
 */
public interface ContributionSource extends ExtensionPoint {

    /** The source's description; the same value on every call. */
    SourceDescriptor descriptor();

    /**
     * The activity types an installation with this configuration emits. By default the descriptor's; a source whose
     * types an administrator configures (manual credits) returns them here, each declared like the others.
     */
    default List<ActivityType> activityTypes(SourceConfig config) {
        return descriptor().activityTypes();
    }

    /**
     * Checks what the schema cannot: a path that must exist, two settings that exclude each other. Called when an
     * administrator saves an installation; it must not call a remote service.
     *
     * @throws InvalidConfigurationException naming the settings to fix
     */
    default void validate(SourceConfig config) {
    }
}
