package org.partnersplatform.core.identity;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe identifiers for organizations. */
public final class Slugs {

    private Slugs() {
    }

    /** {@code "Acme Digital GmbH"} becomes {@code acme-digital-gmbh}. */
    public static String fromName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "organization" : slug.substring(0, Math.min(slug.length(), 100));
    }

    /** {@code mail.acme.io} becomes {@code mail-acme-io}. */
    public static String fromDomain(String domain) {
        return fromName(domain);
    }
}
