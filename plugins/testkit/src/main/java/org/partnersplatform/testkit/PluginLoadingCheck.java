package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.partnersplatform.api.ApiVersion;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.api.notify.NotifierDescriptor;
import org.partnersplatform.api.source.ContributionSource;
import org.partnersplatform.api.source.SourceDescriptor;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads a plugin jar with a real PF4J {@link DefaultPluginManager}, as the host does, to prove what every build must
 * (Spinnaker's {@code PluginsTck}): an enabled plugin loads, starts and provides its {@link ContributionSource},
 * {@link FinanceSource} or {@link Notifier} extensions; a disabled one does not start; one that requires an API
 * version this is not is refused, with that reason. Each load uses its own plugins directory under the work
 * directory, with PF4J's system version set to {@link ApiVersion#current()} (without it PF4J silently skips the
 * compatibility check).
 *
 * <pre>{@code
 * PluginLoadingCheck check = new PluginLoadingCheck(tempDir);
 * List<SourceDescriptor> sources = check.assertStartsAndProvidesSources(jar);
 * }</pre>
 */
public final class PluginLoadingCheck {

    private final Path workDirectory;
    private int loads;

    /** A check whose plugins directories are created under {@code workDirectory} (a JUnit {@code @TempDir}). */
    public PluginLoadingCheck(Path workDirectory) {
        this.workDirectory = Objects.requireNonNull(workDirectory, "workDirectory");
    }

    /**
     * What happened when PF4J loaded and started one plugin jar.
     *
     * @param pluginId the jar's {@code Plugin-Id}
     * @param requires the jar's {@code Plugin-Requires}, {@code *} when absent
     * @param state the plugin's state after {@code startPlugins()}, or empty when PF4J did not load it at all
     * @param sources the descriptors of the plugin's {@link ContributionSource} extensions
     * @param sourceClasses the class names of those extensions
     * @param notifiers the descriptors of the plugin's {@link Notifier} extensions
     * @param notifierClasses the class names of those extensions
     * @param financeSources the descriptors of the plugin's {@link FinanceSource} extensions
     * @param financeSourceClasses the class names of those extensions
     * @param indexedInJar the extension class names the jar's own {@code META-INF/extensions.idx} lists
     * @param extensionsFromPlugin whether every such extension was loaded by the plugin's own class loader (and not
     *     found on the application class path)
     * @param refusal why the plugin did not start, or empty when it started
     */
    public record LoadOutcome(String pluginId, String requires, Optional<PluginState> state,
                              List<SourceDescriptor> sources, List<String> sourceClasses,
                              List<NotifierDescriptor> notifiers, List<String> notifierClasses,
                              List<FinanceSourceDescriptor> financeSources, List<String> financeSourceClasses,
                              List<String> indexedInJar, boolean extensionsFromPlugin, Optional<String> refusal) {

        public LoadOutcome {
            sources = List.copyOf(sources);
            sourceClasses = List.copyOf(sourceClasses);
            notifiers = List.copyOf(notifiers);
            notifierClasses = List.copyOf(notifierClasses);
            financeSources = List.copyOf(financeSources);
            financeSourceClasses = List.copyOf(financeSourceClasses);
            indexedInJar = List.copyOf(indexedInJar);
        }

        /** Whether the plugin reached {@link PluginState#STARTED}. */
        public boolean started() {
            return state.filter(PluginState.STARTED::equals).isPresent();
        }

        /** Whether the plugin provides any extension at all. */
        boolean providesAnything() {
            return !sources.isEmpty() || !notifiers.isEmpty() || !financeSources.isEmpty();
        }
    }

    /**
     * Copies the jar into a fresh plugins directory (listing its id in PF4J's {@code disabled.txt} when {@code
     * disabled}), loads and starts the plugins, records the outcome, and unloads them.
     */
    public LoadOutcome load(Path pluginJar, boolean disabled) {
        Manifest manifest = manifest(pluginJar);
        String pluginId = manifest.getMainAttributes().getValue("Plugin-Id");
        if (pluginId == null) {
            fail(pluginJar + " has no Plugin-Id in its manifest; it is not a PF4J plugin jar");
        }
        String requires = Optional.ofNullable(manifest.getMainAttributes().getValue("Plugin-Requires")).orElse("*");
        List<String> indexed = extensionIndex(pluginJar);
        Path root = freshPluginsRoot();
        try {
            Files.copy(pluginJar, root.resolve(pluginJar.getFileName()));
            if (disabled) {
                Files.writeString(root.resolve("disabled.txt"), pluginId + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the plugins directory " + root, e);
        }

        DefaultPluginManager manager = new DefaultPluginManager(root);
        manager.setSystemVersion(ApiVersion.current());
        try {
            manager.loadPlugins();
            manager.startPlugins();
            PluginWrapper plugin = manager.getPlugin(pluginId);
            if (plugin == null) {
                return new LoadOutcome(pluginId, requires, Optional.empty(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), indexed, true,
                        Optional.of("PF4J did not load " + pluginId + " (see its log for why)"));
            }
            List<SourceDescriptor> sources = new ArrayList<>();
            List<String> sourceClasses = new ArrayList<>();
            List<Object> extensions = new ArrayList<>();
            for (ContributionSource source : manager.getExtensions(ContributionSource.class, pluginId)) {
                sources.add(source.descriptor());
                sourceClasses.add(source.getClass().getName());
                extensions.add(source);
            }
            List<NotifierDescriptor> notifiers = new ArrayList<>();
            List<String> notifierClasses = new ArrayList<>();
            for (Notifier notifier : manager.getExtensions(Notifier.class, pluginId)) {
                notifiers.add(notifier.descriptor());
                notifierClasses.add(notifier.getClass().getName());
                extensions.add(notifier);
            }
            List<FinanceSourceDescriptor> financeSources = new ArrayList<>();
            List<String> financeSourceClasses = new ArrayList<>();
            for (FinanceSource source : manager.getExtensions(FinanceSource.class, pluginId)) {
                financeSources.add(source.descriptor());
                financeSourceClasses.add(source.getClass().getName());
                extensions.add(source);
            }
            boolean fromPlugin = extensions.stream()
                    .allMatch(extension -> extension.getClass().getClassLoader() == plugin.getPluginClassLoader());
            PluginState state = plugin.getPluginState();
            Optional<String> refusal = state == PluginState.STARTED ? Optional.empty()
                    : Optional.of(refusalReason(manager, plugin, requires));
            return new LoadOutcome(pluginId, requires, Optional.of(state), sources, sourceClasses, notifiers,
                    notifierClasses, financeSources, financeSourceClasses, indexed, fromPlugin, refusal);
        } finally {
            // stopPlugins() throws ConcurrentModificationException in PF4J 3.15.0; unloadPlugins() also stops them.
            manager.unloadPlugins();
        }
    }

    /**
     * Asserts that the jar, enabled, loads and starts and that the plugin's own class loader provides at least one
     * {@link ContributionSource}.
     *
     * @return the descriptors of the sources it provides
     */
    public List<SourceDescriptor> assertStartsAndProvidesSources(Path pluginJar) {
        LoadOutcome outcome = load(pluginJar, false);
        assertStartedWithIndexedExtensions(outcome, "ContributionSource", outcome.sourceClasses());
        return outcome.sources();
    }

    /**
     * Asserts that the jar, enabled, loads and starts and that the plugin's own class loader provides at least one
     * {@link Notifier}.
     *
     * @return the descriptors of the notifiers it provides
     */
    public List<NotifierDescriptor> assertStartsAndProvidesNotifiers(Path pluginJar) {
        LoadOutcome outcome = load(pluginJar, false);
        assertStartedWithIndexedExtensions(outcome, "Notifier", outcome.notifierClasses());
        return outcome.notifiers();
    }

    /**
     * Asserts that the jar, enabled, loads and starts and that the plugin's own class loader provides at least one
     * {@link FinanceSource}.
     *
     * @return the descriptors of the finance sources it provides
     */
    public List<FinanceSourceDescriptor> assertStartsAndProvidesFinanceSources(Path pluginJar) {
        LoadOutcome outcome = load(pluginJar, false);
        assertStartedWithIndexedExtensions(outcome, "FinanceSource", outcome.financeSourceClasses());
        return outcome.financeSources();
    }

    private static void assertStartedWithIndexedExtensions(LoadOutcome outcome, String extensionPoint,
                                                           List<String> classes) {
        if (!outcome.started()) {
            fail("the enabled plugin " + outcome.pluginId() + " did not start (state "
                    + outcome.state().map(Enum::name).orElse("not loaded") + "): " + outcome.refusal().orElse(""));
        }
        if (classes.isEmpty()) {
            fail("the plugin " + outcome.pluginId() + " started but provides no " + extensionPoint + ": is its class "
                    + "annotated @Extension, and does the jar hold META-INF/extensions.idx?");
        }
        if (!outcome.extensionsFromPlugin()) {
            fail("the plugin " + outcome.pluginId() + "'s extensions were not loaded by its own class loader");
        }
        // PF4J falls back to the application's extensions.idx when a jar has none, which hides a missing index in
        // tests whose class path holds the plugin's compiled classes.
        List<String> unindexed = classes.stream()
                .filter(name -> !outcome.indexedInJar().contains(name))
                .toList();
        if (!unindexed.isEmpty()) {
            fail("the plugin " + outcome.pluginId() + "'s jar does not list " + unindexed
                    + " in its own META-INF/extensions.idx; PF4J found them only through the class path");
        }
    }

    /** Asserts that the jar, listed in {@code disabled.txt}, does not start and provides no extension. */
    public void assertDisabledDoesNotStart(Path pluginJar) {
        LoadOutcome outcome = load(pluginJar, true);
        if (outcome.started()) {
            fail("the plugin " + outcome.pluginId() + " is listed in disabled.txt but started");
        }
        if (outcome.providesAnything()) {
            fail("the disabled plugin " + outcome.pluginId() + " still provides " + outcome.sources().size()
                    + " sources, " + outcome.financeSources().size() + " finance sources and "
                    + outcome.notifiers().size() + " notifiers");
        }
    }

    /**
     * Asserts that the jar, whose {@code Plugin-Requires} excludes {@link ApiVersion#current()}, is refused and that
     * the refusal names the required range and the current version.
     *
     * @return the reason, for the test to show or assert further
     */
    public String assertRefusedAsIncompatible(Path pluginJar) {
        LoadOutcome outcome = load(pluginJar, false);
        if (outcome.started()) {
            fail("the plugin " + outcome.pluginId() + " requires API " + outcome.requires() + " but started on API "
                    + ApiVersion.current());
        }
        if (outcome.providesAnything()) {
            fail("the incompatible plugin " + outcome.pluginId() + " still provides sources or notifiers");
        }
        String reason = outcome.refusal().orElse("");
        if (!reason.contains(outcome.requires()) || !reason.contains(ApiVersion.current())) {
            fail("the refusal of " + outcome.pluginId() + " does not name the required range "
                    + outcome.requires() + " and the current API " + ApiVersion.current() + ": " + reason);
        }
        return reason;
    }

    private static String refusalReason(PluginManager manager, PluginWrapper plugin, String requires) {
        String current = manager.getSystemVersion();
        if (!manager.getVersionManager().checkVersionConstraint(current, requires)) {
            return "the plugin " + plugin.getPluginId() + " requires API " + requires + ", but this host provides API "
                    + current;
        }
        if (plugin.getFailedException() != null) {
            return "the plugin " + plugin.getPluginId() + " failed: " + plugin.getFailedException();
        }
        return "the plugin " + plugin.getPluginId() + " is " + plugin.getPluginState().toString().toLowerCase(Locale.ROOT);
    }

    private synchronized Path freshPluginsRoot() {
        Path root = workDirectory.resolve("plugins-" + ++loads);
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
    }

    private static List<String> extensionIndex(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry("META-INF/extensions.idx");
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    private static Manifest manifest(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                fail(jar + " has no manifest; it is not a PF4J plugin jar");
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
