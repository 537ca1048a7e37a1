package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.partnersplatform.api.ApiVersion;
import org.partnersplatform.api.source.SourceDescriptor;
import org.pf4j.PluginState;

/** The jars the builder makes are real PF4J plugins, and the loading check tells a good one from a bad one. */
class PluginJarBuilderTest {

    private static final String ID = "org.example.list";

    @TempDir
    Path temp;

    @Test
    void writesTheManifestTheExtensionIndexAndTheClassesWithTheirNestedClasses() throws IOException {
        Path jar = demoJar(temp.resolve("jars")).provider("Example").description("Notes from a list").build();

        assertEquals(temp.resolve("jars").resolve(ID + "-1.2.0.jar"), jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            assertEquals(ID, manifest.getValue("Plugin-Id"));
            assertEquals("1.2.0", manifest.getValue("Plugin-Version"));
            assertEquals(">=1.0.0 & <2.0.0", manifest.getValue("Plugin-Requires"));
            assertEquals(DemoPlugin.class.getName(), manifest.getValue("Plugin-Class"));
            assertEquals("Example", manifest.getValue("Plugin-Provider"));
            assertEquals("Notes from a list", manifest.getValue("Plugin-Description"));
            assertEquals(ListSource.class.getName() + "\n", read(file, "META-INF/extensions.idx"));
            List<String> names = Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
            String folder = "org/partnersplatform/testkit/";
            assertTrue(names.containsAll(List.of(folder + "ListSource.class", folder + "ListSource$1.class",
                    folder + "ListSource$Flaw.class", folder + "DemoPlugin.class")), names.toString());
            assertFalse(names.contains(folder + "PagedHttpSource.class"), "only the classes added: " + names);
        }
    }

    @Test
    void anEnabledPluginStartsAndItsOwnClassLoaderProvidesTheSource() {
        Path jar = demoJar(temp.resolve("jars")).build();

        List<SourceDescriptor> sources = new PluginLoadingCheck(temp).assertStartsAndProvidesSources(jar);

        assertEquals(List.of(ID), sources.stream().map(SourceDescriptor::id).toList());
    }

    @Test
    void aDisabledPluginDoesNotStart() {
        Path jar = demoJar(temp.resolve("jars")).build();
        PluginLoadingCheck check = new PluginLoadingCheck(temp);

        check.assertDisabledDoesNotStart(jar);

        assertEquals(Optional.of(PluginState.DISABLED), check.load(jar, true).state());
    }

    @Test
    void aPluginRequiringAnotherApiIsRefusedWithTheRangeAndTheCurrentVersion() {
        Path jar = demoJar(temp.resolve("jars")).requires(">=99.0.0").build();

        String reason = new PluginLoadingCheck(temp).assertRefusedAsIncompatible(jar);

        assertEquals("the plugin " + ID + " requires API >=99.0.0, but this host provides API "
                + ApiVersion.current(), reason);
    }

    @Test
    void aCompiledClassesDirectoryIsCopiedWithItsExtensionIndex() throws IOException {
        Path classes = temp.resolve("classes");
        try (JarFile file = new JarFile(demoJar(temp.resolve("jars")).build().toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                Path target = classes.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        Path jar = PluginJarBuilder.create(temp.resolve("from-classes"), ID)
                .pluginClass(DemoPlugin.class.getName())
                .classesDirectory(classes)
                .build();

        List<SourceDescriptor> sources = new PluginLoadingCheck(temp).assertStartsAndProvidesSources(jar);

        assertEquals(List.of(ID), sources.stream().map(SourceDescriptor::id).toList());
    }

    @Test
    void theLoadingCheckFailsForAPluginWithoutExtensionIndex() {
        Path jar = PluginJarBuilder.create(temp.resolve("jars"), ID)
                .pluginClass(DemoPlugin.class)
                .addClass(ListSource.class)
                .build();

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> new PluginLoadingCheck(temp).assertStartsAndProvidesSources(jar));

        assertTrue(failure.getMessage().contains("started but provides no ContributionSource"),
                failure.getMessage());
    }

    @Test
    void theLoadingCheckFailsForACompatiblePluginExpectedToBeRefused() {
        Path jar = demoJar(temp.resolve("jars")).build();

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> new PluginLoadingCheck(temp).assertRefusedAsIncompatible(jar));

        assertEquals("the plugin " + ID + " requires API >=1.0.0 & <2.0.0 but started on API "
                + ApiVersion.current(), failure.getMessage());
    }

    private static PluginJarBuilder demoJar(Path directory) {
        return PluginJarBuilder.create(directory, ID)
                .version("1.2.0")
                .requires(">=1.0.0 & <2.0.0")
                .pluginClass(DemoPlugin.class)
                .extension(ListSource.class);
    }

    private static String read(JarFile file, String name) throws IOException {
        try (InputStream in = file.getInputStream(file.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
