package org.partnersplatform.api.finance;

import java.util.Objects;
import org.partnersplatform.api.config.ConfigSchema;

/**
 * What a finance source is.
 *
 * @param id a namespaced, stable id ({@code org.example.opencollective})
 * @param name what administrators read
 * @param description one sentence on what the source reads
 * @param configSchema the settings an installation needs
 */
public record FinanceSourceDescriptor(String id, String name, String description, ConfigSchema configSchema) {

    public FinanceSourceDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(configSchema, "configSchema");
    }
}
