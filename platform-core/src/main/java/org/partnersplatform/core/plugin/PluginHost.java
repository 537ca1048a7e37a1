package org.partnersplatform.core.plugin;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.ApiVersion;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.source.ContributionSource;
import org.partnersplatform.api.source.SourceDescriptor;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads plugins from the plugins directory with PF4J and says what became of each: started, disabled, incompatible
 * or failed, with the reason. A plugin whose source misbehaves (its descriptor throws, or reuses another source's id)
 * is failed alone; the platform starts regardless.
 */
@Context
public class PluginHost {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final PluginManager manager;
    private final StoredPluginStatus status;
    private final Path directory;
    private volatile Catalog catalog;

    public PluginHost(PluginsConfiguration configuration, StoredPluginStatus status) {
        this.status = status;
        this.directory = PluginsDirectory.resolve(configuration.dir());
        this.manager = newManager(directory, status);
        LOG.info("Loading plugins from {} (platform API {})", directory, ApiVersion.current());
        if (Files.isDirectory(directory)) {
            manager.loadPlugins();
            manager.startPlugins();
        } else {
            LOG.warn("The plugins directory {} does not exist; no source is available", directory);
        }
        this.catalog = Catalog.of(manager, status);
        catalog.plugins().forEach(p -> LOG.info("Plugin {} {}: {}{}", p.id(), p.version(), p.state(),
                p.reason() == null ? "" : " (" + p.reason() + ")"));
    }

    private static PluginManager newManager(Path directory, PluginStatusProvider status) {
        DefaultPluginManager manager = new DefaultPluginManager(directory) {
            @Override
            protected PluginStatusProvider createPluginStatusProvider() {
                return status;
            }
        };
        manager.setSystemVersion(ApiVersion.current());
        return manager;
    }

    /** The directory plugins are loaded from. */
    public Path directory() {
        return directory;
    }

    /** Every plugin found, in id order. */
    public List<PluginInfo> plugins() {
        return catalog.plugins();
    }

    /** One plugin. */
    public PluginInfo plugin(String pluginId) {
        return catalog.plugins().stream().filter(p -> p.id().equals(pluginId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no plugin " + pluginId + " is installed"));
    }

    /** The started contribution source of that id, if any. */
    public Optional<ContributionSource> contributionSource(String sourceId) {
        return Optional.ofNullable(catalog.sources().get(sourceId));
    }

    /** Descriptors of every started contribution source. */
    public List<SourceDescriptor> sourceDescriptors() {
        return catalog.plugins().stream().flatMap(p -> p.sources().stream()).toList();
    }

    /** The started finance source of that id, if any. */
    public Optional<FinanceSource> financeSource(String sourceId) {
        return Optional.ofNullable(catalog.financeSources().get(sourceId));
    }

    /** Enables or disables a plugin now and for later starts; an incompatible plugin cannot be enabled. */
    public synchronized PluginInfo setEnabled(String pluginId, boolean enabled) {
        PluginInfo current = plugin(pluginId);
        if (enabled && current.state() == PluginState.INCOMPATIBLE) {
            throw new ConflictException("plugin " + pluginId + " cannot be enabled: " + current.reason());
        }
        if (enabled) {
            manager.enablePlugin(pluginId);
            manager.startPlugin(pluginId);
        } else {
            manager.disablePlugin(pluginId);
        }
        LOG.info("Plugin {} {}", pluginId, enabled ? "enabled" : "disabled");
        catalog = Catalog.of(manager, status);
        return plugin(pluginId);
    }

    @PreDestroy
    void close() {
        // PF4J 3.15's stopPlugins() throws ConcurrentModificationException; unloading stops each plugin first.
        manager.unloadPlugins();
    }

    /** An immutable snapshot of what is loaded, replaced whole when a plugin is enabled or disabled. */
    private record Catalog(List<PluginInfo> plugins, Map<String, ContributionSource> sources,
                           Map<String, FinanceSource> financeSources) {

        static Catalog of(PluginManager manager, StoredPluginStatus status) {
            List<PluginInfo> plugins = new ArrayList<>();
            Map<String, ContributionSource> sources = new LinkedHashMap<>();
            Map<String, FinanceSource> financeSources = new LinkedHashMap<>();
            List<PluginWrapper> wrappers = new ArrayList<>(manager.getPlugins());
            wrappers.sort((a, b) -> a.getPluginId().compareTo(b.getPluginId()));
            for (PluginWrapper wrapper : wrappers) {
                plugins.add(inspect(manager, status, wrapper, sources, financeSources));
            }
            return new Catalog(List.copyOf(plugins), Map.copyOf(sources), Map.copyOf(financeSources));
        }

        private static PluginInfo inspect(PluginManager manager, StoredPluginStatus status, PluginWrapper wrapper,
                                          Map<String, ContributionSource> sources,
                                          Map<String, FinanceSource> financeSources) {
            String id = wrapper.getPluginId();
            String version = wrapper.getDescriptor().getVersion();
            String requires = wrapper.getDescriptor().getRequires();
            if (!manager.getVersionManager().checkVersionConstraint(ApiVersion.current(), requires)) {
                return new PluginInfo(id, id, version, requires, PluginState.INCOMPATIBLE,
                        "requires platform API " + requires + ", but this platform provides "
                                + ApiVersion.current(), List.of(), List.of());
            }
            switch (wrapper.getPluginState()) {
                case STARTED:
                    break;
                case DISABLED:
                    return new PluginInfo(id, id, version, requires, PluginState.DISABLED, status.disabledReason(id),
                            List.of(), List.of());
                default:
                    Throwable failure = wrapper.getFailedException();
                    return new PluginInfo(id, id, version, requires, PluginState.FAILED,
                            failure != null ? "could not start: " + failure
                                    : "could not start (state " + wrapper.getPluginState() + "); see the log",
                            List.of(), List.of());
            }
            try {
                List<SourceDescriptor> descriptors = new ArrayList<>();
                Map<String, ContributionSource> found = new LinkedHashMap<>();
                for (ContributionSource source : manager.getExtensions(ContributionSource.class, id)) {
                    SourceDescriptor descriptor = source.descriptor();
                    claim(descriptor.id(), sources, found, financeSources);
                    found.put(descriptor.id(), source);
                    descriptors.add(descriptor);
                }
                List<FinanceSourceDescriptor> financeDescriptors = new ArrayList<>();
                Map<String, FinanceSource> foundFinance = new LinkedHashMap<>();
                for (FinanceSource source : manager.getExtensions(FinanceSource.class, id)) {
                    FinanceSourceDescriptor descriptor = source.descriptor();
                    claim(descriptor.id(), sources, found, financeSources);
                    foundFinance.put(descriptor.id(), source);
                    financeDescriptors.add(descriptor);
                }
                if (descriptors.isEmpty() && financeDescriptors.isEmpty()) {
                    return new PluginInfo(id, id, version, requires, PluginState.FAILED,
                            "provides no source: is META-INF/extensions.idx in the jar?", List.of(), List.of());
                }
                sources.putAll(found);
                financeSources.putAll(foundFinance);
                String name = !descriptors.isEmpty() ? descriptors.get(0).name() : financeDescriptors.get(0).name();
                return new PluginInfo(id, name, version, requires, PluginState.STARTED, null,
                        List.copyOf(descriptors), List.copyOf(financeDescriptors));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Plugin {} declares an invalid source", id, e);
                return new PluginInfo(id, id, version, requires, PluginState.FAILED,
                        "declares an invalid source: " + e, List.of(), List.of());
            }
        }

        private static void claim(String sourceId, Map<String, ContributionSource> sources,
                                  Map<String, ContributionSource> found, Map<String, FinanceSource> financeSources) {
            if (sources.containsKey(sourceId) || found.containsKey(sourceId) || financeSources.containsKey(sourceId)) {
                throw new IllegalStateException("the source id " + sourceId + " is already provided by another plugin");
            }
        }
    }
}
