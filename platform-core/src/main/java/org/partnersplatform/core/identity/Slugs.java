package org.partnersplatform.core.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** URL-safe identifiers for organizations. */
public final class Slugs {

    /** Path segments the organization pages and API use for themselves, which no organization may be called. */
    private static final Set<String> RESERVED = Set.of("merges", "domains", "new");

    private Slugs() {
    }

    /** Whether a slug is a path segment of the organization pages rather than an organization's. */
    public static boolean reserved(String slug) {
        return RESERVED.contains(slug);
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
