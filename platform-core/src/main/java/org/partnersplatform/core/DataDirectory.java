package org.partnersplatform.core;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where this node keeps its files: the embedded database, a generated secrets key, the initial admin password. */
@Singleton
public class DataDirectory {

    private final Path path;

    public DataDirectory(@Value("${partners.data-dir:data}") String path) {
        this.path = Path.of(path).toAbsolutePath().normalize();
    }

    /** The directory, created if missing. */
    public Path path() {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + path
                    + "; set PARTNERS_DATA_DIR to a writable directory", e);
        }
    }
}
