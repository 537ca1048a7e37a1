package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.partnersplatform.api.notify.NotifierDescriptor;

/** The loading check finds notifiers as it finds sources, and tells a plugin that provides none. */
class NotifierLoadingCheckTest {

    @TempDir
    Path temp;

    @Test
    void anEnabledPluginStartsAndItsOwnClassLoaderProvidesTheNotifier() {
        Path jar = PluginJarBuilder.create(temp.resolve("jars"), LogNotifier.ID)
                .requires(">=1.2.0 & <2.0.0")
                .pluginClass(DemoPlugin.class)
                .extension(LogNotifier.class)
                .build();
        PluginLoadingCheck check = new PluginLoadingCheck(temp);

        List<NotifierDescriptor> notifiers = check.assertStartsAndProvidesNotifiers(jar);

        assertEquals(List.of(LogNotifier.ID), notifiers.stream().map(NotifierDescriptor::id).toList());
        assertEquals(List.of(), check.load(jar, false).sources());
    }

    @Test
    void aPluginProvidingOnlyASourceFailsTheNotifierCheck() {
        Path jar = PluginJarBuilder.create(temp.resolve("jars"), "org.example.list")
                .pluginClass(DemoPlugin.class)
                .extension(ListSource.class)
                .build();

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> new PluginLoadingCheck(temp).assertStartsAndProvidesNotifiers(jar));

        assertTrue(failure.getMessage().contains("started but provides no Notifier"), failure.getMessage());
    }
}
