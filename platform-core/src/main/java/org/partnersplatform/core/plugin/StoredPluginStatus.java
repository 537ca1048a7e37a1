package org.partnersplatform.core.plugin;

import jakarta.inject.Singleton;
import java.util.Set;
import org.pf4j.PluginStatusProvider;

/**
 * PF4J's view of which plugins are disabled: an administrator's stored decision, else the configuration's list.
 * Unlike PF4J's default, it writes nothing into the plugins directory, which may be read-only.
 */
@Singleton
class StoredPluginStatus implements PluginStatusProvider {

    private final PluginSettingRepository settings;
    private final Set<String> disabledByConfiguration;

    StoredPluginStatus(PluginSettingRepository settings, PluginsConfiguration configuration) {
        this.settings = settings;
        this.disabledByConfiguration = Set.copyOf(configuration.disabled());
    }

    @Override
    public boolean isPluginDisabled(String pluginId) {
        return settings.findById(pluginId)
                .map(setting -> !setting.enabled())
                .orElse(disabledByConfiguration.contains(pluginId));
    }

    /** Why the plugin is disabled, for the administrator. */
    String disabledReason(String pluginId) {
        return settings.findById(pluginId).isPresent()
                ? "disabled by an administrator"
                : "disabled by the configuration (partners.plugins.disabled)";
    }

    @Override
    public void disablePlugin(String pluginId) {
        store(pluginId, false);
    }

    @Override
    public void enablePlugin(String pluginId) {
        store(pluginId, true);
    }

    private void store(String pluginId, boolean enabled) {
        PluginSetting setting = new PluginSetting(pluginId, enabled);
        if (settings.existsById(pluginId)) {
            settings.update(setting);
        } else {
            settings.save(setting);
        }
    }
}
