package org.partnersplatform.plugins.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersplatform.api.ApiVersion;
import org.partnersplatform.api.source.SourceDescriptor;
import org.partnersplatform.testkit.PluginJarBuilder;
import org.partnersplatform.testkit.PluginLoadingCheck;

/**
 * The plugin, packaged from {@code target/classes} as the build packages it (JGit, which the real jar shades, is
 * found on the test class path), loads in PF4J when enabled and compatible, and only then.
 */
class GitPluginLoadingTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @TempDir
    Path temp;

    @Test
    void theEnabledPluginStartsAndProvidesTheGitSource() {
        List<SourceDescriptor> sources = new PluginLoadingCheck(temp)
                .assertStartsAndProvidesSources(jar("compatible", ">=1.0.0 & <2.0.0"));

        assertEquals(List.of("org.partnersplatform.git"), sources.stream().map(SourceDescriptor::id).toList());
        assertEquals("commit", sources.get(0).activityTypes().get(0).key());
    }

    @Test
    void theDisabledPluginDoesNotStart() {
        new PluginLoadingCheck(temp).assertDisabledDoesNotStart(jar("disabled", ">=1.0.0 & <2.0.0"));
    }

    @Test
    void thePluginRequiringAnotherApiIsRefusedSayingWhy() {
        String reason = new PluginLoadingCheck(temp).assertRefusedAsIncompatible(jar("incompatible", ">=99.0.0"));

        assertEquals("the plugin org.partnersplatform.git requires API >=99.0.0, but this host provides API "
                + ApiVersion.current(),
                reason);
    }

    private Path jar(String name, String requires) {
        return PluginJarBuilder.create(temp.resolve(name), "org.partnersplatform.git")
                .version("0.1.0")
                .requires(requires)
                .pluginClass(GitPlugin.class.getName())
                .provider("Partners Platform")
                .classesDirectory(CLASSES)
                .build();
    }
}
