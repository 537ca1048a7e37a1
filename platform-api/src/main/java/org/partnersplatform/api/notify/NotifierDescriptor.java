package org.partnersplatform.api.notify;

import java.util.Objects;
import java.util.regex.Pattern;
import org.partnersplatform.api.Beta;
import org.partnersplatform.api.config.ConfigSchema;

/**
 * What a notifier is.
 *
 * @param id a namespaced, stable id ({@code org.example.email}), unique among every plugin's sources and notifiers
 * @param name what administrators read
 * @param description one sentence on where the notifier delivers
 * @param configSchema the settings an administrator enters for it; secrets (passwords, webhook URLs) marked as such
 */
@Beta
public record NotifierDescriptor(String id, String name, String description, ConfigSchema configSchema) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");

    /** @throws IllegalArgumentException when the id is not namespaced */
    public NotifierDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a notifier id is namespaced, like org.example.email: " + id);
        }
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(configSchema, "configSchema");
    }
}
