package org.partnersplatform.core.organization;

import java.text.Normalizer;
import java.util.Locale;

/** How organization names and aliases are compared: case, accents, punctuation and spacing do not matter. */
public final class OrganizationNames {

    private OrganizationNames() {
    }

    /** {@code "  Société Générale, S.A."} becomes {@code "societe generale s a"}. */
    public static String normalise(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
