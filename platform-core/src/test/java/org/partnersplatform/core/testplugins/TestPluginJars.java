package org.partnersplatform.core.testplugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnersplatform.testkit.PluginJarBuilder;

/** Builds the test plugins into real PF4J jars, the way the build packages a plugin. */
public final class TestPluginJars {

    public static final String COMPATIBLE = ">=1.0.0 & <2.0.0";
    /** The range of a plugin that uses notifiers, added in API 1.2.0. */
    public static final String NOTIFIERS_COMPATIBLE = ">=1.2.0 & <2.0.0";

    private TestPluginJars() {
    }

    /** A fresh, empty plugins directory. */
    public static Path newDirectory() {
        try {
            return Files.createTempDirectory("pp-core-plugins");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar of {@link ScriptedSource} as the plugin {@code pluginId}, providing the source {@code sourceId}. */
    public static Path scripted(Path directory, String pluginId, String sourceId, String requires) {
        return PluginJarBuilder.create(directory, pluginId)
                .version("1.0.0")
                .requires(requires)
                .pluginClass(ScriptedPlugin.class)
                .extension(ScriptedSource.class)
                .resource(ScriptedSource.ID_RESOURCE, ("id=" + sourceId + "\n").getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** A compatible jar of {@link ScriptedSource} whose source id is its plugin id. */
    public static Path scripted(Path directory, String pluginId) {
        return scripted(directory, pluginId, pluginId, COMPATIBLE);
    }

    /** A jar of {@link ScriptedNotifier} as the plugin {@code pluginId}, providing the notifier {@code notifierId}. */
    public static Path notifier(Path directory, String pluginId, String notifierId) {
        return PluginJarBuilder.create(directory, pluginId)
                .version("1.0.0")
                .requires(NOTIFIERS_COMPATIBLE)
                .pluginClass(ScriptedPlugin.class)
                .extension(ScriptedNotifier.class)
                .resource(ScriptedNotifier.ID_RESOURCE, ("id=" + notifierId + "\n").getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** A compatible jar whose notifier's descriptor throws. */
    public static Path brokenNotifier(Path directory, String pluginId) {
        return PluginJarBuilder.create(directory, pluginId)
                .version("1.0.0")
                .requires(NOTIFIERS_COMPATIBLE)
                .pluginClass(ScriptedPlugin.class)
                .extension(BrokenNotifier.class)
                .build();
    }

    /** A compatible jar whose source's descriptor throws. */
    public static Path brokenDescriptor(Path directory, String pluginId) {
        return PluginJarBuilder.create(directory, pluginId)
                .version("1.0.0")
                .requires(COMPATIBLE)
                .pluginClass(ScriptedPlugin.class)
                .extension(BrokenDescriptorSource.class)
                .build();
    }
}
