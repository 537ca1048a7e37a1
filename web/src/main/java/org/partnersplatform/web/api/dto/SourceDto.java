package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.SourceDescriptor;

/** A source a plugin provides: its activity types and its configuration schema. */
@Serdeable
public record SourceDto(String id, String name, String description, List<ActivityTypeDto> activityTypes,
                        List<ConfigFieldDto> configSchema) {

    static SourceDto of(SourceDescriptor descriptor) {
        return new SourceDto(descriptor.id(), descriptor.name(), descriptor.description(),
                descriptor.activityTypes().stream().map(ActivityTypeDto::of).toList(),
                fields(descriptor.configSchema()));
    }

    static SourceDto of(FinanceSourceDescriptor descriptor) {
        return new SourceDto(descriptor.id(), descriptor.name(), descriptor.description(), List.of(),
                fields(descriptor.configSchema()));
    }

    private static List<ConfigFieldDto> fields(ConfigSchema schema) {
        return schema.fields().stream().map(ConfigFieldDto::of).toList();
    }

    /** An activity type. */
    @Serdeable
    public record ActivityTypeDto(String key, String label, String kind, BigDecimal defaultWeight,
                                  boolean requiresConfirmation) {
        static ActivityTypeDto of(ActivityType type) {
            return new ActivityTypeDto(type.key(), type.label(), type.kind().name().toLowerCase(),
                    type.defaultWeight(), type.requiresConfirmation());
        }
    }

    /** A setting of the schema; a secret's default is never shown (it has none). */
    @Serdeable
    public record ConfigFieldDto(String key, String label, String help, String type, boolean required,
                                 String defaultValue, boolean secret) {
        static ConfigFieldDto of(ConfigField field) {
            return new ConfigFieldDto(field.key(), field.label(), field.help(), field.type().name().toLowerCase(),
                    field.required(), field.secret() ? null : field.defaultValue(), field.secret());
        }
    }
}
