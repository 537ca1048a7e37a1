package org.partnersplatform.api.source;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnersplatform.api.config.ConfigSchema;

/**
 * What a contribution source is: its id, what it emits and what it needs.
 *
 * @param id a namespaced, stable id ({@code org.example.github}); usually the plugin's id
 * @param name what administrators read
 * @param description one sentence on what the source counts
 * @param capabilities what the source promises about order and increments
 * @param activityTypes every type the source may emit, with distinct keys
 * @param configSchema the settings an installation needs
 */
public record SourceDescriptor(String id, String name, String description, SourceCapabilities capabilities,
                               List<ActivityType> activityTypes, ConfigSchema configSchema) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");

    public SourceDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a source id is namespaced, like org.example.github: " + id);
        }
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(capabilities, "capabilities");
        activityTypes = List.copyOf(activityTypes);
        Set<String> keys = new HashSet<>();
        for (ActivityType type : activityTypes) {
            if (!keys.add(type.key())) {
                throw new IllegalArgumentException("the activity type " + type.key() + " is declared twice");
            }
        }
        Objects.requireNonNull(configSchema, "configSchema");
    }

    /** The declared type of that key, if any. */
    public Optional<ActivityType> activityType(String key) {
        return activityTypes.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
