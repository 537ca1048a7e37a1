package org.partnersplatform.web;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;

/** Starts the platform. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        System.setProperty("partners.data-dir", absoluteDataDirectory());
        Micronaut.run(Application.class, args);
    }

    /**
     * The data directory ({@code partners.data-dir} or {@code PARTNERS_DATA_DIR}, by default {@code ./data}) as an
     * absolute path: the embedded database refuses a relative one, and a system property outranks both sources.
     */
    static String absoluteDataDirectory() {
        String configured = System.getProperty("partners.data-dir",
                System.getenv().getOrDefault("PARTNERS_DATA_DIR", "data"));
        return Path.of(configured).toAbsolutePath().normalize().toString();
    }
}
