package org.partnersplatform.web.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.partnersplatform.core.testing.TestDatabase;
import org.partnersplatform.testkit.PluginJarBuilder;

/**
 * The application as a test runs it: a fresh database, a data directory of its own, the real built-in plugin jars
 * (copied by the build to target/plugins) plus a test plugin with a secret setting, an admin token and password.
 */
public abstract class WebTestContext implements TestPropertyProvider {

    public static final String ADMIN_TOKEN = "test-admin-token-5f2c";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    protected Path dataDir;

    @Override
    public Map<String, String> getProperties() {
        try {
            dataDir = Files.createTempDirectory("partners-web-test");
            Path plugins = Files.createDirectories(dataDir.resolve("plugins"));
            try (DirectoryStream<Path> builtIn = Files.newDirectoryStream(Path.of("target/plugins"), "*.jar")) {
                for (Path jar : builtIn) {
                    Files.copy(jar, plugins.resolve(jar.getFileName()));
                }
            }
            PluginJarBuilder.create(plugins, SecretEchoSource.ID).version("1.0.0").requires(">=1.0.0 & <2.0.0")
                    .extension(SecretEchoSource.class).build();
            Map<String, String> properties = new HashMap<>(TestDatabase.properties());
            properties.put("partners.data-dir", dataDir.toString());
            properties.put("partners.plugins.dir", plugins.toString());
            properties.put("partners.access.admin-token", ADMIN_TOKEN);
            properties.put("partners.access.admin-password", ADMIN_PASSWORD);
            properties.put("micronaut.server.port", "-1");
            properties.put("micronaut.http.client.follow-redirects", "false");
            properties.put("micronaut.http.client.read-timeout", "20s");
            properties.putAll(extraProperties());
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties a test class adds. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
