package org.partnersplatform.api.config;

import java.util.Objects;

/**
 * What is wrong with one setting.
 *
 * @param key the setting's key, as declared in the schema
 * @param message what is wrong and what to do, without the setting's value (it may be a secret)
 */
public record ConfigProblem(String key, String message) {

    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
