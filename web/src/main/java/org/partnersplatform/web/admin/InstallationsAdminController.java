package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.activity.ActivityListing;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.ingest.RunTrigger;
import org.partnersplatform.core.ingest.SyncRun;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationCommand;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.installation.InstallationView;
import org.partnersplatform.core.plugin.PluginHost;
import org.partnersplatform.web.api.dto.SyncRunDto;
import org.partnersplatform.web.view.PageRenderer;

/**
 * Installations of contribution and finance sources in the admin area: the list, forms generated from each source's
 * schema, sync now, run history.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin")
@Secured("ADMIN")
class InstallationsAdminController {

    private final InstallationService installations;
    private static final int RECENT_ACTIVITIES = 25;

    private final SyncService syncs;
    private final ActivityListing activities;
    private final PluginHost plugins;
    private final PageRenderer pages;
    private final Clock clock;

    InstallationsAdminController(InstallationService installations, SyncService syncs, ActivityListing activities,
                                 PluginHost plugins, PageRenderer pages, Clock clock) {
        this.installations = installations;
        this.syncs = syncs;
        this.activities = activities;
        this.plugins = plugins;
        this.pages = pages;
        this.clock = clock;
    }

    @Get("/installations")
    HttpResponse<String> list(HttpRequest<?> request) {
        return pages.page("admin/installations", Map.of("title", "Installations",
                "installations", installations.list(), "sources", InstallableSource.all(plugins)), request);
    }

    @Get("/installations/new")
    HttpResponse<String> newForm(@Nullable @QueryValue String source, HttpRequest<?> request) {
        if (source == null || source.isBlank()) {
            return pages.page("admin/choose-source", Map.of("title", "New installation",
                    "sources", InstallableSource.all(plugins)), request);
        }
        InstallableSource descriptor = descriptor(source);
        String provisional = Boolean.toString(installations.createsProvisionalOrganizationsByDefault(source));
        return form(request, HttpStatus.OK, descriptor, null, Map.of(), "", null, provisional, List.of(), Map.of(),
                null);
    }

    @Post("/installations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request) {
        InstallableSource descriptor = descriptor(form.get("source"));
        try {
            InstallationView created = installations.create(command(descriptor, form));
            return HttpResponse.seeOther(URI.create("/admin/installations/" + created.id()));
        } catch (InvalidRequestException e) {
            return form(request, HttpStatus.BAD_REQUEST, descriptor, null, ConfigForm.values(descriptor.configSchema(), form),
                    form.getOrDefault("name", ""), form.get("syncIntervalMinutes"),
                    form.get("createProvisionalOrgs"), List.of(), e.problems(), e.getMessage());
        }
    }

    @Get("/installations/{id}")
    HttpResponse<String> detail(long id, HttpRequest<?> request) {
        InstallationView installation = installations.get(id);
        List<SyncRunDto> runs = syncs.runsOf(id).stream().limit(50).map(r -> SyncRunDto.of(r, clock.instant()))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", installation.name());
        model.put("installation", installation);
        model.put("settings", installation.settings().entrySet());
        model.put("runs", runs);
        model.put("activities", activities.ofInstallation(id, RECENT_ACTIVITIES, 0));
        boolean running = runs.stream().anyMatch(r -> r.finishedAt() == null);
        model.put("running", running);
        if (running) {
            model.put("refresh", 3);
        }
        boolean finance = plugins.financeSource(installation.sourceId()).isPresent();
        model.put("finance", finance);
        model.put("pullable", finance || plugins.contributionSource(installation.sourceId())
                .map(s -> s instanceof PullSource).orElse(false));
        return pages.page("admin/installation", model, request);
    }

    @Get("/installations/{id}/edit")
    HttpResponse<String> editForm(long id, HttpRequest<?> request) {
        InstallationView installation = installations.get(id);
        return form(request, HttpStatus.OK, descriptor(installation.sourceId()), installation,
                installation.settings(), installation.name(), value(installation.syncIntervalMinutes()),
                Boolean.toString(installation.createProvisionalOrgs()), installation.secretsSet(), Map.of(), null);
    }

    @Post("/installations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long id, @Body Map<String, String> form, HttpRequest<?> request) {
        InstallationView installation = installations.get(id);
        InstallableSource descriptor = descriptor(installation.sourceId());
        try {
            installations.update(id, command(descriptor, form));
            return HttpResponse.seeOther(URI.create("/admin/installations/" + id));
        } catch (InvalidRequestException e) {
            return form(request, HttpStatus.BAD_REQUEST, descriptor, installation, ConfigForm.values(descriptor.configSchema(), form),
                    form.getOrDefault("name", ""), form.get("syncIntervalMinutes"),
                    form.get("createProvisionalOrgs"), installation.secretsSet(), e.problems(), e.getMessage());
        }
    }

    @Post("/installations/{id}/sync")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sync(long id) {
        SyncRun run = syncs.start(id, RunTrigger.MANUAL);
        return HttpResponse.seeOther(URI.create("/admin/runs/" + run.id()));
    }

    @Post("/installations/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(long id) {
        installations.setEnabled(id, true);
        return HttpResponse.seeOther(URI.create("/admin/installations/" + id));
    }

    @Post("/installations/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(long id) {
        installations.setEnabled(id, false);
        return HttpResponse.seeOther(URI.create("/admin/installations/" + id));
    }

    @Get("/runs/{runId}")
    HttpResponse<String> run(long runId, HttpRequest<?> request) {
        SyncRunDto run = SyncRunDto.of(syncs.get(runId), clock.instant());
        InstallationView installation = installations.get(run.installationId());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Sync run " + runId);
        model.put("run", run);
        model.put("installation", installation);
        model.put("running", run.finishedAt() == null);
        if (run.finishedAt() == null) {
            model.put("refresh", 2);
        }
        model.put("rejections", syncs.rejectionsOf(runId));
        return pages.page("admin/run", model, request);
    }

    private HttpResponse<String> form(HttpRequest<?> request, HttpStatus status, InstallableSource descriptor,
                                      InstallationView installation, Map<String, String> values, String name,
                                      String interval, String provisional, List<String> secretsSet,
                                      Map<String, String> problems, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", installation == null ? "New " + descriptor.name() + " installation"
                : "Edit " + installation.name());
        model.put("source", descriptor);
        model.put("action", installation == null ? "/admin/installations"
                : "/admin/installations/" + installation.id());
        model.put("name", name);
        model.put("syncIntervalMinutes", interval == null ? "" : interval);
        model.put("createProvisionalOrgs", "true".equalsIgnoreCase(provisional) || "on".equalsIgnoreCase(provisional));
        model.put("fields", ConfigForm.fields(descriptor.configSchema(), values, secretsSet, problems));
        model.put("problems", problems.entrySet().stream()
                .filter(p -> !p.getKey().startsWith(ConfigForm.PREFIX)).toList());
        model.put("error", error);
        return pages.page("admin/installation-form", model, request).status(status);
    }

    private InstallationCommand command(InstallableSource descriptor, Map<String, String> form) {
        String interval = form.get("syncIntervalMinutes");
        Integer minutes;
        try {
            minutes = interval == null || interval.isBlank() ? null : Integer.valueOf(interval.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("the sync interval is not a number",
                    Map.of("syncIntervalMinutes", "is a whole number of minutes"));
        }
        boolean provisional = form.containsKey("createProvisionalOrgs");
        return new InstallationCommand(descriptor.id(), form.get("name"),
                ConfigForm.values(descriptor.configSchema(), form), minutes, provisional, null);
    }

    private InstallableSource descriptor(String sourceId) {
        return InstallableSource.all(plugins).stream().filter(d -> d.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "no started source " + sourceId + "; see the plugins page"));
    }

    private static String value(Integer number) {
        return number == null ? "" : number.toString();
    }
}
