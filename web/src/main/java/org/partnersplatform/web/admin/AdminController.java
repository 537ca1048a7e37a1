package org.partnersplatform.web.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.Map;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.plugin.PluginHost;
import org.partnersplatform.web.api.dto.PluginDto;
import org.partnersplatform.web.view.PageRenderer;

/** The admin dashboard and the plugins page. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin")
@Secured("ADMIN")
class AdminController {

    private final PluginHost plugins;
    private final InstallationService installations;
    private final PageRenderer pages;

    AdminController(PluginHost plugins, InstallationService installations, PageRenderer pages) {
        this.plugins = plugins;
        this.installations = installations;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> dashboard(HttpRequest<?> request) {
        return pages.page("admin/dashboard", Map.of("title", "Administration",
                "plugins", plugins.plugins().stream().map(PluginDto::of).toList(),
                "installations", installations.list(),
                "pluginsDirectory", plugins.directory().toString()), request);
    }

    @Get("/plugins")
    HttpResponse<String> plugins(HttpRequest<?> request) {
        return pages.page("admin/plugins", Map.of("title", "Plugins",
                "plugins", plugins.plugins().stream().map(PluginDto::of).toList(),
                "pluginsDirectory", plugins.directory().toString()), request);
    }

    @Post("/plugins/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(String id) {
        plugins.setEnabled(id, true);
        return HttpResponse.seeOther(URI.create("/admin/plugins"));
    }

    @Post("/plugins/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(String id) {
        plugins.setEnabled(id, false);
        return HttpResponse.seeOther(URI.create("/admin/plugins"));
    }
}
