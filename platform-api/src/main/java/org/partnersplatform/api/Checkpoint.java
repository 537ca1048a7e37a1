package org.partnersplatform.api;

import java.util.Objects;

/**
 * An opaque position in a source, chosen by the plugin and stored by the core in the same transaction as the page it
 * follows. Handing it back to {@link PagedSession#fetch} must continue exactly after that page: no item that the
 * source had when the page was read may be skipped (no holes), and no item of a committed page may be emitted again
 * unless it changed since (no duplicates).
 *
 * @param token the plugin's own encoding of the position; empty means "from the beginning"
 */
public record Checkpoint(String token) {

    /** The longest token the core stores. */
    public static final int MAX_LENGTH = 4000;

    /** The position before the first item. */
    public static final Checkpoint START = new Checkpoint("");

    public Checkpoint {
        Objects.requireNonNull(token, "token");
        if (token.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a checkpoint token is at most " + MAX_LENGTH + " characters");
        }
    }

    /** A checkpoint with the given token. */
    public static Checkpoint of(String token) {
        return token == null || token.isEmpty() ? START : new Checkpoint(token);
    }

    /** Whether this is the position before the first item. */
    public boolean isStart() {
        return token.isEmpty();
    }
}
