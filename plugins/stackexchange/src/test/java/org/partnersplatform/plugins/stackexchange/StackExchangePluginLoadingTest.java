package org.partnersplatform.plugins.stackexchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersplatform.api.ApiVersion;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.SourceDescriptor;
import org.partnersplatform.testkit.PluginJarBuilder;
import org.partnersplatform.testkit.PluginLoadingCheck;

/**
 * The plugin, packaged from {@code target/classes} as the build packages it (jackson-jr, which the real jar shades,
 * is found on the test class path), loads in PF4J when enabled and compatible, and only then.
 */
class StackExchangePluginLoadingTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final String ID = "org.partnersplatform.stackexchange";

    @TempDir
    Path temp;

    @Test
    void theEnabledPluginStartsAndProvidesTheStackExchangeSource() {
        List<SourceDescriptor> sources = new PluginLoadingCheck(temp)
                .assertStartsAndProvidesSources(jar("compatible", ">=1.1.0 & <2.0.0"));

        assertEquals(List.of(ID), sources.stream().map(SourceDescriptor::id).toList());
        assertEquals(List.of("accepted_answer", "answer_posted"),
                sources.get(0).activityTypes().stream().map(ActivityType::key).toList());
    }

    @Test
    void theDisabledPluginDoesNotStart() {
        new PluginLoadingCheck(temp).assertDisabledDoesNotStart(jar("disabled", ">=1.1.0 & <2.0.0"));
    }

    @Test
    void thePluginRequiringAnotherApiIsRefusedSayingWhy() {
        String reason = new PluginLoadingCheck(temp).assertRefusedAsIncompatible(jar("incompatible", ">=99.0.0"));

        assertEquals("the plugin " + ID + " requires API >=99.0.0, but this host provides API "
                + ApiVersion.current(), reason);
    }

    private Path jar(String name, String requires) {
        return PluginJarBuilder.create(temp.resolve(name), ID)
                .version("0.1.0")
                .requires(requires)
                .pluginClass(StackExchangePlugin.class.getName())
                .provider("Partners Platform")
                .classesDirectory(CLASSES)
                .build();
    }
}
