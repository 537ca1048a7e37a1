package org.partnersplatform.plugins.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersplatform.api.source.SourceDescriptor;
import org.partnersplatform.testkit.PluginJarBuilder;
import org.partnersplatform.testkit.PluginLoadingCheck;

/** The plugin as the host sees it: a real jar of what the build compiled, loaded by PF4J. */
class ManualPluginLoadingTest {

    @TempDir
    Path temp;

    private PluginJarBuilder jar(String requires) throws URISyntaxException {
        Path classes = Path.of(ManualSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return PluginJarBuilder.create(temp.resolve("jars-" + requires.hashCode()), ManualSource.ID)
                .version("0.1.0")
                .requires(requires)
                .pluginClass(ManualPlugin.class.getName())
                .classesDirectory(classes);
    }

    @Test
    void enabledPluginLoadsAndProvidesTheManualSource() throws URISyntaxException {
        List<SourceDescriptor> sources = new PluginLoadingCheck(temp).assertStartsAndProvidesSources(
                jar(">=1.0.0 & <2.0.0").build());

        assertEquals(List.of(ManualSource.ID), sources.stream().map(SourceDescriptor::id).toList());
        assertEquals(CreditTypes.defaults(), sources.get(0).activityTypes());
    }

    @Test
    void disabledPluginDoesNotStart() throws URISyntaxException {
        new PluginLoadingCheck(temp).assertDisabledDoesNotStart(jar(">=1.0.0 & <2.0.0").build());
    }

    @Test
    void pluginRequiringAnotherMajorApiIsRefusedSayingWhy() throws URISyntaxException {
        String reason = new PluginLoadingCheck(temp).assertRefusedAsIncompatible(jar(">=2.0.0 & <3.0.0").build());

        assertTrue(reason.contains(ManualSource.ID), reason);
    }
}
