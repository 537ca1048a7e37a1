package org.partnersplatform.core.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password chosen for a user must be: long enough to resist guessing, not the user name, and within what the
 * hash takes comfortably. Length beats composition rules (NIST SP 800-63B), so there are none of those.
 */
public final class PasswordRules {

    /** The fewest characters a password may have. */
    public static final int MIN_LENGTH = 12;
    /** The most characters a password may have. */
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    /** What is wrong with the password, without repeating it; empty when it is acceptable. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.strip().length() < MIN_LENGTH) {
            return Optional.of("has at least " + MIN_LENGTH + " characters other than leading or trailing spaces");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("has at most " + MAX_LENGTH + " characters");
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("is not the user name");
        }
        return Optional.empty();
    }
}
