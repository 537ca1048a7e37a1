package org.partnersplatform.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small, pure helpers for email addresses and their domains. */
public final class EmailDomains {

    /** Two or more labels of letters, digits and inner hyphens, as in a host name. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private EmailDomains() {
    }

    /**
     * A domain as an administrator typed it, trimmed and lower-cased (a leading {@code @} or a final dot dropped), if
     * it is a plausible host name of at least two labels and at most 253 characters.
     */
    public static Optional<String> domainName(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String domain = input.strip().toLowerCase(Locale.ROOT);
        if (domain.startsWith("@")) {
            domain = domain.substring(1);
        }
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return domain.length() <= 253 && domain.contains(".") && DOMAIN.matcher(domain).matches()
                ? Optional.of(domain)
                : Optional.empty();
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
