package org.partnersplatform.web.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import org.partnersplatform.core.plugin.PluginHost;
import org.partnersplatform.web.api.dto.PluginDto;

/** The installed plugins: state, reason, activity types and configuration schema. */
@Controller("/api/v1/plugins")
@Secured("ADMIN")
class PluginsApiController {

    private final PluginHost plugins;

    PluginsApiController(PluginHost plugins) {
        this.plugins = plugins;
    }

    @Get
    List<PluginDto> list() {
        return plugins.plugins().stream().map(PluginDto::of).toList();
    }

    @Get("/{id}")
    PluginDto get(String id) {
        return PluginDto.of(plugins.plugin(id));
    }

    @Post("/{id}/enable")
    PluginDto enable(String id) {
        return PluginDto.of(plugins.setEnabled(id, true));
    }

    @Post("/{id}/disable")
    PluginDto disable(String id) {
        return PluginDto.of(plugins.setEnabled(id, false));
    }
}
