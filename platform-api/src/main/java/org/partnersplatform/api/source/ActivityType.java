package org.partnersplatform.api.source;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of activity a source emits. Keys are declared up front: a record of an undeclared type is rejected, never
 * guessed.
 *
 * @param key a stable snake_case key, unique within the source ({@code commit}, {@code pull_request_merged})
 * @param label what people read
 * @param kind contribution or conversation
 * @param defaultWeight the points one activity is worth unless an administrator overrides it; zero or more
 * @param requiresConfirmation whether an administrator must confirm each activity before it counts
 */
public record ActivityType(String key, String label, ActivityKind kind, BigDecimal defaultWeight,
                           boolean requiresConfirmation) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public ActivityType {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("an activity type key is snake_case: " + key);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(defaultWeight, "defaultWeight");
        if (defaultWeight.signum() < 0) {
            throw new IllegalArgumentException("a weight is zero or more: " + key);
        }
    }

    /** A type that counts without confirmation. */
    public static ActivityType of(String key, String label, ActivityKind kind, String defaultWeight) {
        return new ActivityType(key, label, kind, new BigDecimal(defaultWeight), false);
    }
}
