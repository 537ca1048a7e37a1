package org.partnersplatform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds a real PF4J plugin jar, the way the build packages one: a manifest with the plugin's id, version and required
 * API range, a {@code META-INF/extensions.idx} naming the extension classes, and the class files. Not thread-safe; one
 * builder makes one jar (calling {@link #build()} again overwrites it).
 *
 * <pre>{@code
 * Path jar = PluginJarBuilder.create(dir, "org.example.demo")
 *         .version("1.0.0")
 *         .requires(">=1.0.0 & <2.0.0")
 *         .extension(DemoSource.class)
 *         .build();
 * }</pre>
 */
public final class PluginJarBuilder {

    private static final String EXTENSIONS_INDEX = "META-INF/extensions.idx";

    private final Path directory;
    private final String pluginId;
    private String version = "1.0.0";
    private String requires = "*";
    private String pluginClass;
    private String provider;
    private String description;
    private String fileName;
    private final Set<String> extensions = new LinkedHashSet<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private PluginJarBuilder(Path directory, String pluginId) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    }

    /**
     * Starts a jar for the plugin {@code pluginId}, to be written into {@code directory} (created if missing). The
     * version defaults to {@code 1.0.0} and the required API range to {@code *} (any).
     */
    public static PluginJarBuilder create(Path directory, String pluginId) {
        return new PluginJarBuilder(directory, pluginId);
    }

    /** Sets {@code Plugin-Version}. */
    public PluginJarBuilder version(String version) {
        this.version = Objects.requireNonNull(version, "version");
        return this;
    }

    /** Sets {@code Plugin-Requires}, the range of API versions the plugin works with, e.g. {@code >=1.0.0 & <2.0.0}. */
    public PluginJarBuilder requires(String requires) {
        this.requires = Objects.requireNonNull(requires, "requires");
        return this;
    }

    /** Sets {@code Plugin-Class} and adds that class (with its nested classes) to the jar. */
    public PluginJarBuilder pluginClass(Class<?> pluginClass) {
        this.pluginClass = pluginClass.getName();
        return addClass(pluginClass);
    }

    /**
     * Sets {@code Plugin-Class} by name only, for a class that another call adds ({@link #classesDirectory}) or one
     * that is deliberately missing.
     */
    public PluginJarBuilder pluginClass(String className) {
        this.pluginClass = Objects.requireNonNull(className, "className");
        return this;
    }

    /** Sets {@code Plugin-Provider}. */
    public PluginJarBuilder provider(String provider) {
        this.provider = provider;
        return this;
    }

    /** Sets {@code Plugin-Description}. */
    public PluginJarBuilder description(String description) {
        this.description = description;
        return this;
    }

    /** Names the jar file; by default {@code <pluginId>-<version>.jar}. */
    public PluginJarBuilder fileName(String fileName) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        return this;
    }

    /** Adds the class (with its nested, inner and anonymous classes) and lists it in {@code extensions.idx}. */
    public PluginJarBuilder extension(Class<?> extensionClass) {
        extensions.add(extensionClass.getName());
        return addClass(extensionClass);
    }

    /**
     * Adds the class file of {@code type} and of every class nested in it ({@code Outer$*.class}), read as resources
     * from the class's own class loader, so that what the plugin class loader finds is what the test compiled.
     *
     * @throws IllegalArgumentException when the class file cannot be found as a resource (a JDK or generated class)
     */
    public PluginJarBuilder addClass(Class<?> type) {
        Class<?> outermost = type;
        while (outermost.getEnclosingClass() != null) {
            outermost = outermost.getEnclosingClass();
        }
        String resource = outermost.getName().replace('.', '/') + ".class";
        ClassLoader loader = outermost.getClassLoader() != null ? outermost.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("the class file " + resource + " is not a resource of "
                    + loader + "; only classes compiled by the build can be added");
        }
        for (String name : classFamily(url, resource)) {
            entries.put(name, readResource(loader, name));
        }
        return this;
    }

    /**
     * Adds every file of a compiled classes directory (a plugin module's {@code target/classes}), keeping paths. When
     * the directory holds a {@code META-INF/extensions.idx} (written by PF4J's annotation processor) its extensions
     * are merged with those added by {@link #extension}.
     */
    public PluginJarBuilder classesDirectory(Path classes) {
        if (!Files.isDirectory(classes)) {
            throw new IllegalArgumentException(classes.toAbsolutePath() + " is not a directory; compile the module first");
        }
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                byte[] content = Files.readAllBytes(file);
                if (name.equals(EXTENSIONS_INDEX)) {
                    extensions.addAll(readIndex(content));
                } else if (!name.equals(JarFile.MANIFEST_NAME)) {
                    entries.put(name, content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classes, e);
        }
        return this;
    }

    /** Adds a file at {@code path} inside the jar (a resource the plugin reads, a {@code plugin.properties}). */
    public PluginJarBuilder resource(String path, byte[] content) {
        entries.put(path, content.clone());
        return this;
    }

    /**
     * Writes the jar and returns its path.
     *
     * @throws UncheckedIOException when the jar cannot be written
     */
    public Path build() {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", version);
        attributes.putValue("Plugin-Requires", requires);
        putIfPresent(attributes, "Plugin-Class", pluginClass);
        putIfPresent(attributes, "Plugin-Provider", provider);
        putIfPresent(attributes, "Plugin-Description", description);

        Path jar = directory.resolve(fileName != null ? fileName : pluginId + "-" + version + ".jar");
        try {
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(jar);
                 JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    write(jarOut, entry.getKey(), entry.getValue());
                }
                if (!extensions.isEmpty()) {
                    String index = String.join("\n", extensions) + "\n";
                    write(jarOut, EXTENSIONS_INDEX, index.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plugin jar " + jar, e);
        }
        return jar;
    }

    private static void putIfPresent(Attributes attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.putValue(name, value);
        }
    }

    private static void write(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }

    private static List<String> readIndex(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /**
     * The resource names of a top-level class and everything compiled from inside it. Anonymous and local classes
     * ({@code Outer$1}) are not reflected by {@link Class#getDeclaredClasses()}, so the siblings are listed from the
     * directory or jar the class came from.
     */
    private static List<String> classFamily(URL url, String resource) {
        String simplePrefix = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".class".length())
                + "$";
        String packagePath = resource.substring(0, resource.lastIndexOf('/') + 1);
        List<String> names = new ArrayList<>();
        names.add(resource);
        try {
            if (url.getProtocol().equals("file")) {
                try (Stream<Path> siblings = Files.list(Path.of(url.toURI()).getParent())) {
                    siblings.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(simplePrefix) && n.endsWith(".class"))
                            .sorted()
                            .forEach(n -> names.add(packagePath + n));
                }
            } else if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> jarEntries = jar.entries();
                    while (jarEntries.hasMoreElements()) {
                        String name = jarEntries.nextElement().getName();
                        if (name.startsWith(packagePath + simplePrefix) && name.endsWith(".class")
                                && name.indexOf('/', packagePath.length()) < 0) {
                            names.add(name);
                        }
                    }
                }
            } else {
                throw new IllegalArgumentException("cannot list the classes next to " + url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes next to " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot list the classes next to " + url, e);
        }
        return names;
    }

    private static byte[] readResource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("the class file " + name + " is not a resource of " + loader);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
