package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.notifier.NotifierCommand;

/**
 * The body of {@code POST /api/v1/notifiers} and {@code PUT /api/v1/notifiers/{id}}: {@code {"notifier": ID, "name":
 * ..., "config": {...}, "alertKinds": ["activity_drop", ...], "enabled": true}}. Setting values may be JSON strings,
 * numbers or booleans; no alert kinds means all of them.
 */
@Serdeable
public record NotifierRequest(@Nullable String notifier, @Nullable String name, @Nullable Map<String, Object> config,
                              @Nullable List<String> alertKinds, @Nullable Boolean enabled) {

    public NotifierCommand toCommand() {
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
        return new NotifierCommand(notifier, name, values, alertKinds, enabled);
    }
}
