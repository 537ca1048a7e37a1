package org.partnersplatform.api.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One declared setting of a source.
 *
 * @param key a stable camelCase key ({@code baseUrl}, {@code token})
 * @param label what the admin form shows
 * @param help one sentence that says what the setting does and where to find its value
 * @param type how the value is validated
 * @param required whether a value (or a default) must be present
 * @param defaultValue the value used when none is given, or {@code null}
 * @param secret whether the value is a credential: encrypted at rest, never returned, shown or logged
 */
public record ConfigField(String key, String label, String help, ConfigType type, boolean required,
                          String defaultValue, boolean secret) {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    public ConfigField {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a setting key is camelCase letters and digits: " + key);
        }
        Objects.requireNonNull(label, "label");
        help = help == null ? "" : help;
        Objects.requireNonNull(type, "type");
        if (secret && defaultValue != null) {
            throw new IllegalArgumentException("a secret setting has no default: " + key);
        }
    }

    /** Starts a setting of the given key and type. */
    public static Builder builder(String key, ConfigType type) {
        return new Builder(key, type);
    }

    /** Builds a {@link ConfigField}; the label defaults to the key. */
    public static final class Builder {
        private final String key;
        private final ConfigType type;
        private String label;
        private String help = "";
        private boolean required;
        private String defaultValue;
        private boolean secret;

        private Builder(String key, ConfigType type) {
            this.key = key;
            this.type = type;
            this.label = key;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder help(String help) {
            this.help = help;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder secret() {
            this.secret = true;
            return this;
        }

        public ConfigField build() {
            return new ConfigField(key, label, help, type, required, defaultValue, secret);
        }
    }
}
