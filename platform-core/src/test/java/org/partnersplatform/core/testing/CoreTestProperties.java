package org.partnersplatform.core.testing;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The properties every core test context needs: a fresh database, a plugins directory and a data directory. */
public final class CoreTestProperties {

    private CoreTestProperties() {
    }

    /** A fresh database, the given plugins directory and a new temporary data directory. */
    public static Map<String, String> with(Path pluginsDir) {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("partners.plugins.dir", pluginsDir.toString());
        try {
            properties.put("partners.data-dir", Files.createTempDirectory("pp-core-data").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Starts a context of its own on these properties (another node, or the same node restarted). */
    public static ApplicationContext start(Map<String, String> properties) {
        return ApplicationContext.run(new HashMap<String, Object>(properties));
    }
}
