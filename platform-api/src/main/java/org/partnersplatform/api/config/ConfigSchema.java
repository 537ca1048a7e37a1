package org.partnersplatform.api.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnersplatform.api.InvalidConfigurationException;

/**
 * The settings a source declares. {@link #validate} is what the core runs on every value an administrator enters:
 * unknown keys, missing required values and values of the wrong type are refused, each with its own problem.
 *
 * @param fields the settings, in the order the admin form shows them
 */
public record ConfigSchema(List<ConfigField> fields) {

    public ConfigSchema {
        fields = List.copyOf(fields);
        Set<String> keys = new HashSet<>();
        for (ConfigField field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("the setting " + field.key() + " is declared twice");
            }
        }
    }

    /** A schema of the given settings. */
    public static ConfigSchema of(ConfigField... fields) {
        return new ConfigSchema(List.of(fields));
    }

    /** The setting of that key, if declared. */
    public Optional<ConfigField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Checks raw values against the declared settings and returns them typed, defaults applied, blanks dropped.
     *
     * @throws InvalidConfigurationException naming every setting that is wrong
     */
    public SourceConfig validate(Map<String, String> raw) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String key : raw.keySet()) {
            if (field(key).isEmpty()) {
                problems.add(new ConfigProblem(key, "is not a setting of this source"));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigField field : fields) {
            String value = raw.get(field.key());
            value = value == null ? null : value.strip();
            if (value == null || value.isEmpty()) {
                value = field.defaultValue();
            }
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    problems.add(new ConfigProblem(field.key(), "is required"));
                }
                continue;
            }
            checkType(field, value).ifPresent(problems::add);
            values.put(field.key(), value);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new SourceConfig(this, values);
    }

    private static Optional<ConfigProblem> checkType(ConfigField field, String value) {
        return switch (field.type()) {
            case STRING -> value.contains("\n")
                    ? Optional.of(new ConfigProblem(field.key(), "must be a single line"))
                    : Optional.empty();
            case TEXT, LIST -> Optional.empty();
            case INTEGER -> isInteger(value)
                    ? Optional.empty()
                    : Optional.of(new ConfigProblem(field.key(), "must be a whole number"));
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? Optional.empty()
                    : Optional.of(new ConfigProblem(field.key(), "must be true or false"));
            case URL -> isHttpUrl(value)
                    ? Optional.empty()
                    : Optional.of(new ConfigProblem(field.key(), "must be an absolute http or https URL"));
        };
    }

    private static boolean isInteger(String value) {
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
