package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersplatform.api.ApiVersion;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.SourceDescriptor;

/**
 * The loading checks every plugin module runs, in a real PF4J manager: the plugin packaged from the module's compiled
 * classes (as the build packages it; the libraries the real jar shades are found on the test class path) starts and
 * provides its sources when enabled and compatible, does not start when disabled, and is refused with its reason when
 * it requires another API. A plugin's test extends this class and says what the plugin is.
 */
public abstract class PluginLoadingContract {

    @TempDir
    Path temp;

    /** The plugin's id, as its manifest declares it. */
    protected abstract String pluginId();

    /** The plugin's {@code org.pf4j.Plugin} class. */
    protected abstract Class<?> pluginClass();

    /** The ids of the contribution sources the plugin provides, in the order PF4J finds them. */
    protected abstract List<String> sourceIds();

    /** The activity type keys the first source declares, in order. */
    protected abstract List<String> activityTypeKeys();

    /** The API range the plugin declares; by default any 1.x. */
    protected String requires() {
        return ">=1.0.0 & <2.0.0";
    }

    /** Where the module's compiled classes are; {@code target/classes} under Maven. */
    protected Path classesDirectory() {
        return Path.of("target", "classes");
    }

    @Test
    void theEnabledPluginStartsAndProvidesItsSources() {
        List<SourceDescriptor> sources = new PluginLoadingCheck(temp)
                .assertStartsAndProvidesSources(jar("compatible", requires()));

        assertEquals(sourceIds(), sources.stream().map(SourceDescriptor::id).toList());
        assertEquals(activityTypeKeys(), sources.get(0).activityTypes().stream().map(ActivityType::key).toList());
    }

    @Test
    void theDisabledPluginDoesNotStart() {
        new PluginLoadingCheck(temp).assertDisabledDoesNotStart(jar("disabled", requires()));
    }

    @Test
    void thePluginRequiringAnotherApiIsRefusedSayingWhy() {
        String reason = new PluginLoadingCheck(temp).assertRefusedAsIncompatible(jar("incompatible", ">=99.0.0"));

        assertEquals("the plugin " + pluginId() + " requires API >=99.0.0, but this host provides API "
                + ApiVersion.current(), reason);
    }

    private Path jar(String name, String range) {
        return PluginJarBuilder.create(temp.resolve(name), pluginId())
                .version("0.1.0")
                .requires(range)
                .pluginClass(pluginClass().getName())
                .provider("Partners Platform")
                .classesDirectory(classesDirectory())
                .build();
    }
}
