package org.partnersplatform.core.payment;

import java.util.List;
import org.partnersplatform.core.organization.OrganizationNames;

/**
 * How a payer's name is compared with organization names and aliases: case, accents and punctuation aside (as
 * {@link OrganizationNames#normalise} does), and without a trailing company suffix ("Acme, Inc." is "acme").
 */
final class PayerNames {

    private static final List<String> SUFFIXES = List.of("gmbh co kg", "co kg", "incorporated", "corporation",
            "limited", "company", "inc", "ltd", "llc", "llp", "lp", "plc", "corp", "co", "gmbh", "ag", "kg", "ug",
            "s a", "sa", "sas", "sarl", "s r l", "srl", "s p a", "spa", "b v", "bv", "n v", "nv", "oy", "ab", "a s",
            "as", "aps", "pty", "pte", "se", "k k", "kk");

    private PayerNames() {
    }

    /** {@code "ACME Software, Inc."} becomes {@code "acme software"}; a name that is only a suffix becomes empty. */
    static String comparable(String name) {
        String normalised = OrganizationNames.normalise(name == null ? "" : name);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (normalised.endsWith(" " + suffix)) {
                    normalised = normalised.substring(0, normalised.length() - suffix.length() - 1).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return SUFFIXES.contains(normalised) ? "" : normalised;
    }
}
