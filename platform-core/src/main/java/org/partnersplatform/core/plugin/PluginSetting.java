package org.partnersplatform.core.plugin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An administrator's decision to enable or disable a plugin; it overrides {@code partners.plugins.disabled}. */
@MappedEntity("plugin_setting")
public record PluginSetting(@Id String pluginId, boolean enabled) {
}
