package org.partnersplatform.web.admin;

import java.util.List;
import java.util.stream.Stream;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.core.plugin.PluginHost;

/**
 * A source an administrator can install, contribution or finance: what the installation pages need of either
 * descriptor.
 *
 * @param finance whether it reads payments rather than activities
 */
record InstallableSource(String id, String name, String description, ConfigSchema configSchema, boolean finance) {

    /** The started contribution sources, then the started finance sources. */
    static List<InstallableSource> all(PluginHost plugins) {
        return Stream.concat(
                plugins.sourceDescriptors().stream()
                        .map(d -> new InstallableSource(d.id(), d.name(), d.description(), d.configSchema(), false)),
                plugins.financeSourceDescriptors().stream()
                        .map(d -> new InstallableSource(d.id(), d.name(), d.description(), d.configSchema(), true)))
                .toList();
    }
}
