package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.installation.InstallationCommand;

/**
 * The body of {@code POST /api/v1/installations}: {@code {"plugin": ID, "name": ..., "config": {...}}}. Setting
 * values may be JSON strings, numbers or booleans.
 */
@Serdeable
public record InstallationRequest(@Nullable String plugin, @Nullable String name,
                                  @Nullable Map<String, Object> config, @Nullable Integer syncIntervalMinutes,
                                  @Nullable Boolean createProvisionalOrgs, @Nullable Boolean enabled) {

    public InstallationCommand toCommand() {
        Map<String, String> values = new LinkedHashMap<>();
        if (config != null) {
            config.forEach((key, value) -> {
                if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
                    throw new InvalidRequestException("the configuration is not valid",
                            Map.of("config." + key, "must be a string, a number or a boolean"));
                }
                if (value != null) {
                    values.put(key, value.toString());
                }
            });
        }
        return new InstallationCommand(plugin, name, values, syncIntervalMinutes, createProvisionalOrgs, enabled);
    }
}
