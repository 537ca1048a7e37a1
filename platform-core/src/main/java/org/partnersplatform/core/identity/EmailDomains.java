package org.partnersplatform.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small, pure helpers for email addresses and their domains. */
public final class EmailDomains {

    private EmailDomains() {
    }

    /** The lower-cased domain of an address, if it has a plausible one. */
    public static Optional<String> domainOf(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return Optional.empty();
        }
        String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".")
                ? Optional.of(domain)
                : Optional.empty();
    }

    /** The domain and each parent domain with at least two labels: {@code a.b.c.com, b.c.com, c.com}. */
    public static List<String> selfAndParents(String domain) {
        List<String> result = new ArrayList<>();
        String current = domain.toLowerCase(Locale.ROOT);
        while (current.indexOf('.') > 0) {
            result.add(current);
            current = current.substring(current.indexOf('.') + 1);
        }
        return result;
    }

    /** A normalised email: trimmed and lower-cased, or {@code null} when blank. */
    public static String normalise(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
