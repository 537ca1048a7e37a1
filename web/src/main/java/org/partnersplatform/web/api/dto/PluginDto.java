package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.partnersplatform.api.notify.NotifierDescriptor;
import org.partnersplatform.core.plugin.PluginInfo;
import org.partnersplatform.web.api.dto.SourceDto.ConfigFieldDto;

/**
 * A plugin in the API: what it is, whether it runs, what its sources emit and need, and the notifiers it provides
 * (never a value).
 */
@Serdeable
public record PluginDto(String id, String name, String version, String requires, String state,
                        @Nullable String reason, List<SourceDto> sources, List<SourceDto> financeSources,
                        List<NotifierDto> notifiers) {

    public static PluginDto of(PluginInfo info) {
        return new PluginDto(info.id(), info.name(), info.version(), info.requires(), info.state().name(),
                info.reason(), info.sources().stream().map(SourceDto::of).toList(),
                info.financeSources().stream().map(SourceDto::of).toList(),
                info.notifiers().stream().map(NotifierDto::of).toList());
    }

    /** A notifier a plugin provides: where it delivers alerts, and the settings it needs. */
    @Serdeable
    public record NotifierDto(String id, String name, String description, List<ConfigFieldDto> configSchema) {
        static NotifierDto of(NotifierDescriptor descriptor) {
            return new NotifierDto(descriptor.id(), descriptor.name(), descriptor.description(),
                    descriptor.configSchema().fields().stream().map(ConfigFieldDto::of).toList());
        }
    }
}
