package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.partnersplatform.core.plugin.PluginInfo;

/** A plugin in the API: what it is, whether it runs, and what its sources emit and need (never a value). */
@Serdeable
public record PluginDto(String id, String name, String version, String requires, String state,
                        @Nullable String reason, List<SourceDto> sources, List<SourceDto> financeSources) {

    public static PluginDto of(PluginInfo info) {
        return new PluginDto(info.id(), info.name(), info.version(), info.requires(), info.state().name(),
                info.reason(), info.sources().stream().map(SourceDto::of).toList(),
                info.financeSources().stream().map(SourceDto::of).toList());
    }
}
