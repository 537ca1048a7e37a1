package org.partnersplatform.api.config;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validated settings of one installation, typed by its {@link ConfigSchema}. Only {@link ConfigSchema#validate} makes
 * one, so every value here has passed its type check. {@link #toString()} never shows a secret.
 */
public final class SourceConfig {

    private final ConfigSchema schema;
    private final Map<String, String> values;

    SourceConfig(ConfigSchema schema, Map<String, String> values) {
        this.schema = schema;
        this.values = Map.copyOf(values);
    }

    /** The value of a setting, if it has one (after defaults). */
    public Optional<String> optional(String key) {
        declared(key);
        return Optional.ofNullable(values.get(key));
    }

    /** The value of a setting that must have one. */
    public String string(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException("the setting " + key + " has no value"));
    }

    /** A whole-number setting. */
    public long integer(String key) {
        return Long.parseLong(string(key));
    }

    /** A boolean setting; {@code false} when it has no value. */
    public boolean bool(String key) {
        return optional(key).map(Boolean::parseBoolean).orElse(false);
    }

    /** A URL setting. */
    public URI url(String key) {
        return URI.create(string(key));
    }

    /** A list setting: one value a line or separated by commas, blanks dropped; empty when it has no value. */
    public List<String> list(String key) {
        return optional(key).map(v -> Arrays.stream(v.split("[,\\n]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** The values as entered, secrets included: for the core to store (encrypted), never to show. */
    public Map<String, String> asMap() {
        return values;
    }

    /** The schema these values were validated against. */
    public ConfigSchema schema() {
        return schema;
    }

    private void declared(String key) {
        Objects.requireNonNull(key, "key");
        if (schema.field(key).isEmpty()) {
            throw new IllegalArgumentException("the setting " + key + " is not declared");
        }
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + (schema.field(e.getKey()).orElseThrow().secret() ? "******" : e.getValue()))
                .collect(Collectors.joining(", ", "SourceConfig{", "}"));
    }
}
