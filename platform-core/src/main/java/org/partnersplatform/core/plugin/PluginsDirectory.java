package org.partnersplatform.core.plugin;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/** Finds the plugins directory when none is configured: {@code plugins/} next to the running jar, else {@code ./plugins}. */
final class PluginsDirectory {

    private PluginsDirectory() {
    }

    static Path resolve(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return besideRunningJar().orElse(Path.of("plugins").toAbsolutePath().normalize());
    }

    private static java.util.Optional<Path> besideRunningJar() {
        try {
            CodeSource code = PluginsDirectory.class.getProtectionDomain().getCodeSource();
            if (code == null) {
                return java.util.Optional.empty();
            }
            Path location = Path.of(code.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return java.util.Optional.empty();
            }
            Path candidate = location.getParent().resolve("plugins");
            return Files.isDirectory(candidate) ? java.util.Optional.of(candidate) : java.util.Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }
}
