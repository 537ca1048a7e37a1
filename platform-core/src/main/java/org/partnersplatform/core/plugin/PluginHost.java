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
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.api.notify.NotifierDescriptor;
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
 * or failed, with the reason, and which sources, finance sources and notifiers the started ones provide. A plugin
 * whose extension misbehaves (its descriptor throws, or reuses an id another extension has) is failed alone; the
 * platform starts regardless.
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
            LOG.warn("The plugins directory {} does not exist; no source or notifier is available", directory);
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

    /** Descriptors of every started finance source. */
    public List<FinanceSourceDescriptor> financeSourceDescriptors() {
        return catalog.plugins().stream().flatMap(p -> p.financeSources().stream()).toList();
    }

    /** The started notifier of that id, if any. */
    public Optional<Notifier> notifier(String notifierId) {
        return Optional.ofNullable(catalog.notifiers().get(notifierId));
    }

    /** Descriptors of every started notifier. */
    public List<NotifierDescriptor> notifierDescriptors() {
        return catalog.plugins().stream().flatMap(p -> p.notifiers().stream()).toList();
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
                           Map<String, FinanceSource> financeSources, Map<String, Notifier> notifiers) {

        static Catalog of(PluginManager manager, StoredPluginStatus status) {
            List<PluginInfo> plugins = new ArrayList<>();
            Extensions started = new Extensions();
            List<PluginWrapper> wrappers = new ArrayList<>(manager.getPlugins());
            wrappers.sort((a, b) -> a.getPluginId().compareTo(b.getPluginId()));
            for (PluginWrapper wrapper : wrappers) {
                plugins.add(inspect(manager, status, wrapper, started));
            }
            return new Catalog(List.copyOf(plugins), Map.copyOf(started.sources),
                    Map.copyOf(started.financeSources), Map.copyOf(started.notifiers));
        }

        private static PluginInfo inspect(PluginManager manager, StoredPluginStatus status, PluginWrapper wrapper,
                                          Extensions started) {
            String id = wrapper.getPluginId();
            String version = wrapper.getDescriptor().getVersion();
            String requires = wrapper.getDescriptor().getRequires();
            if (!manager.getVersionManager().checkVersionConstraint(ApiVersion.current(), requires)) {
                return PluginInfo.notStarted(id, version, requires, PluginState.INCOMPATIBLE,
                        "requires platform API " + requires + ", but this platform provides " + ApiVersion.current());
            }
            switch (wrapper.getPluginState()) {
                case STARTED:
                    break;
                case DISABLED:
                    return PluginInfo.notStarted(id, version, requires, PluginState.DISABLED,
                            status.disabledReason(id));
                default:
                    Throwable failure = wrapper.getFailedException();
                    return PluginInfo.notStarted(id, version, requires, PluginState.FAILED,
                            failure != null ? "could not start: " + failure
                                    : "could not start (state " + wrapper.getPluginState() + "); see the log");
            }
            try {
                Extensions found = new Extensions();
                for (ContributionSource source : manager.getExtensions(ContributionSource.class, id)) {
                    found.add(source, started);
                }
                for (FinanceSource source : manager.getExtensions(FinanceSource.class, id)) {
                    found.add(source, started);
                }
                for (Notifier notifier : manager.getExtensions(Notifier.class, id)) {
                    found.add(notifier, started);
                }
                if (found.isEmpty()) {
                    return PluginInfo.notStarted(id, version, requires, PluginState.FAILED,
                            "provides no source or notifier: is META-INF/extensions.idx in the jar?");
                }
                started.addAll(found);
                return found.started(id, version, requires);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Plugin {} declares an invalid source or notifier", id, e);
                return PluginInfo.notStarted(id, version, requires, PluginState.FAILED,
                        "declares an invalid source or notifier: " + e);
            }
        }
    }

    /**
     * Extensions by id, with the descriptors they gave when found: those of one plugin being inspected, or of every
     * started plugin. Sources, finance sources and notifiers share one namespace: an id names one extension.
     */
    private static final class Extensions {
        private final Map<String, ContributionSource> sources = new LinkedHashMap<>();
        private final Map<String, FinanceSource> financeSources = new LinkedHashMap<>();
        private final Map<String, Notifier> notifiers = new LinkedHashMap<>();
        private final List<SourceDescriptor> sourceDescriptors = new ArrayList<>();
        private final List<FinanceSourceDescriptor> financeDescriptors = new ArrayList<>();
        private final List<NotifierDescriptor> notifierDescriptors = new ArrayList<>();

        void add(ContributionSource source, Extensions started) {
            SourceDescriptor descriptor = source.descriptor();
            claim(descriptor.id(), started);
            sources.put(descriptor.id(), source);
            sourceDescriptors.add(descriptor);
        }

        void add(FinanceSource source, Extensions started) {
            FinanceSourceDescriptor descriptor = source.descriptor();
            claim(descriptor.id(), started);
            financeSources.put(descriptor.id(), source);
            financeDescriptors.add(descriptor);
        }

        void add(Notifier notifier, Extensions started) {
            NotifierDescriptor descriptor = notifier.descriptor();
            claim(descriptor.id(), started);
            notifiers.put(descriptor.id(), notifier);
            notifierDescriptors.add(descriptor);
        }

        private void claim(String id, Extensions started) {
            if (uses(id) || started.uses(id)) {
                throw new IllegalStateException("the id " + id + " is already taken by another source or notifier");
            }
        }

        private boolean uses(String id) {
            return sources.containsKey(id) || financeSources.containsKey(id) || notifiers.containsKey(id);
        }

        boolean isEmpty() {
            return sources.isEmpty() && financeSources.isEmpty() && notifiers.isEmpty();
        }

        /** Makes a started plugin's extensions available. */
        void addAll(Extensions plugin) {
            sources.putAll(plugin.sources);
            financeSources.putAll(plugin.financeSources);
            notifiers.putAll(plugin.notifiers);
        }

        /** The plugin providing these extensions, named after its first source, else its first notifier. */
        PluginInfo started(String id, String version, String requires) {
            String name = !sourceDescriptors.isEmpty() ? sourceDescriptors.get(0).name()
                    : !financeDescriptors.isEmpty() ? financeDescriptors.get(0).name()
                    : notifierDescriptors.get(0).name();
            return new PluginInfo(id, name, version, requires, PluginState.STARTED, null, sourceDescriptors,
                    financeDescriptors, notifierDescriptors);
        }
    }
}
