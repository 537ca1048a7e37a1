package org.partnersplatform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The semantic version of this SPI. The host sets it as PF4J's system version, so a plugin whose {@code
 * Plugin-Requires} range does not include it is refused with that reason. Minor versions only add; a major version
 * may remove what an earlier one deprecated.
 */
public final class ApiVersion {

    private static final String CURRENT = load();

    private ApiVersion() {
    }

    /** The version of the SPI this jar implements, for example {@code 1.0.0}. */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("api-version.properties is missing from platform-api");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the platform-api version", e);
        }
    }
}
