package org.partnersplatform.plugins.notify.email;

import java.util.Locale;
import java.util.Optional;

/** How the connection to the SMTP server is protected; each has the port such servers usually listen on. */
enum Security {
    /** Plain SMTP: only for a relay on the same host or network. */
    NONE("none", 25),
    /** Plain SMTP upgraded with STARTTLS, which the server must offer (submission, port 587). */
    STARTTLS("starttls", 587),
    /** TLS from the first byte (SMTPS, port 465). */
    TLS("tls", 465);

    private final String key;
    private final int defaultPort;

    Security(String key, int defaultPort) {
        this.key = key;
        this.defaultPort = defaultPort;
    }

    /** The value of the setting for this mode. */
    String key() {
        return key;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The mode a setting names, ignoring case. */
    static Optional<Security> of(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (Security security : values()) {
            if (security.key.equals(wanted)) {
                return Optional.of(security);
            }
        }
        return Optional.empty();
    }
}
