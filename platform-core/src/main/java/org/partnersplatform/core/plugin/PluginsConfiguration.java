package org.partnersplatform.core.plugin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * Where plugins come from.
 *
 * @param dir the directory of plugin jars; by default {@code plugins/} next to the running jar, else {@code
 *     ./plugins}
 * @param disabled ids of plugins not to start, unless an administrator enables them in the admin area
 */
@ConfigurationProperties("partners.plugins")
public record PluginsConfiguration(@Nullable String dir, @Bindable(defaultValue = "") List<String> disabled) {
}
