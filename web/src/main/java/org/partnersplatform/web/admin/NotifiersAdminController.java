package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.notify.NotifierDescriptor;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.alert.AlertKind;
import org.partnersplatform.core.alert.TestNotifications;
import org.partnersplatform.core.notifier.NotifierCommand;
import org.partnersplatform.core.notifier.NotifierInstallations;
import org.partnersplatform.core.notifier.NotifierView;
import org.partnersplatform.core.plugin.PluginHost;
import org.partnersplatform.web.view.PageRenderer;

/**
 * Notifier installations in the admin area: the list, forms generated from each notifier's schema (a secret is never
 * put back into the page), the alert kinds each receives, a test notification, and removal.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/notifiers")
@Secured("ADMIN")
class NotifiersAdminController {

    private static final String KIND_PREFIX = "kind.";

    private final NotifierInstallations notifiers;
    private final TestNotifications tests;
    private final PluginHost plugins;
    private final PageRenderer pages;

    NotifiersAdminController(NotifierInstallations notifiers, TestNotifications tests, PluginHost plugins,
                             PageRenderer pages) {
        this.notifiers = notifiers;
        this.tests = tests;
        this.plugins = plugins;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request) {
        return listPage(request, null, null);
    }

    @Get("/new{?notifier}")
    HttpResponse<String> newForm(@Nullable @QueryValue String notifier, HttpRequest<?> request) {
        if (notifier == null || notifier.isBlank()) {
            return listPage(request, null, null);
        }
        return form(request, HttpStatus.OK, descriptor(notifier), null, Map.of(), "",
                Arrays.asList(AlertKind.values()), true, List.of(), Map.of(), null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request) {
        NotifierDescriptor descriptor = descriptor(form.get("notifier"));
        try {
            NotifierView created = notifiers.create(command(descriptor, form));
            return HttpResponse.seeOther(URI.create("/admin/notifiers#notifier-" + created.id()));
        } catch (InvalidRequestException e) {
            return form(request, HttpStatus.BAD_REQUEST, descriptor, null,
                    ConfigForm.values(descriptor.configSchema(), form), form.getOrDefault("name", ""), kinds(form),
                    form.containsKey("enabled"), List.of(), e.problems(), e.getMessage());
        }
    }

    @Get("/{id}/edit")
    HttpResponse<String> editForm(long id, HttpRequest<?> request) {
        NotifierView notifier = notifiers.get(id);
        return form(request, HttpStatus.OK, descriptor(notifier.notifierId()), notifier, notifier.settings(),
                notifier.name(), notifier.alertKinds(), notifier.enabled(), notifier.secretsSet(), Map.of(), null);
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long id, @Body Map<String, String> form, HttpRequest<?> request) {
        NotifierView notifier = notifiers.get(id);
        NotifierDescriptor descriptor = descriptor(notifier.notifierId());
        try {
            notifiers.update(id, command(descriptor, form));
            return HttpResponse.seeOther(URI.create("/admin/notifiers#notifier-" + id));
        } catch (InvalidRequestException e) {
            return form(request, HttpStatus.BAD_REQUEST, descriptor, notifier,
                    ConfigForm.values(descriptor.configSchema(), form), form.getOrDefault("name", ""), kinds(form),
                    form.containsKey("enabled"), notifier.secretsSet(), e.problems(), e.getMessage());
        }
    }

    @Post("/{id}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> test(long id, HttpRequest<?> request) {
        TestNotifications.Outcome outcome = tests.send(id);
        return outcome.delivered() ? listPage(request, outcome.message(), null)
                : listPage(request, null, outcome.message());
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id) {
        notifiers.delete(id);
        return HttpResponse.seeOther(URI.create("/admin/notifiers"));
    }

    private HttpResponse<String> listPage(HttpRequest<?> request, @Nullable String notice, @Nullable String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Notifiers");
        model.put("notifiers", notifiers.list().stream().map(n -> Map.of("id", n.id(), "name", n.name(),
                "notifierId", n.notifierId(), "enabled", n.enabled(),
                "kinds", n.alertKinds().stream().map(AlertKind::label).toList())).toList());
        model.put("available", plugins.notifierDescriptors());
        model.put("notice", notice);
        model.put("error", error);
        return pages.page("admin/notifiers", model, request);
    }

    private HttpResponse<String> form(HttpRequest<?> request, HttpStatus status, NotifierDescriptor descriptor,
                                      @Nullable NotifierView notifier, Map<String, String> values, String name,
                                      List<AlertKind> kinds, boolean enabled, List<String> secretsSet,
                                      Map<String, String> problems, @Nullable String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", notifier == null ? "New " + descriptor.name() + " notifier" : "Edit " + notifier.name());
        model.put("notifier", descriptor);
        model.put("action", notifier == null ? "/admin/notifiers" : "/admin/notifiers/" + notifier.id());
        model.put("name", name);
        model.put("enabled", enabled);
        model.put("kinds", Arrays.stream(AlertKind.values()).map(k -> Map.of("name", KIND_PREFIX + k.key(),
                "label", k.label(), "checked", kinds.contains(k))).toList());
        model.put("fields", ConfigForm.fields(descriptor.configSchema(), values, secretsSet, problems));
        model.put("problems", problems.entrySet().stream()
                .filter(p -> !p.getKey().startsWith(ConfigForm.PREFIX)).toList());
        model.put("error", error);
        return pages.page("admin/notifier-form", model, request).status(status);
    }

    private static NotifierCommand command(NotifierDescriptor descriptor, Map<String, String> form) {
        List<String> kinds = kinds(form).stream().map(AlertKind::key).toList();
        if (kinds.isEmpty()) {
            throw new InvalidRequestException("no alert kind is ticked",
                    Map.of("alertKinds", "tick at least one kind of alert"));
        }
        return new NotifierCommand(descriptor.id(), form.get("name"), ConfigForm.values(descriptor.configSchema(), form),
                kinds, form.containsKey("enabled"));
    }

    private static List<AlertKind> kinds(Map<String, String> form) {
        List<AlertKind> kinds = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            if (form.containsKey(KIND_PREFIX + kind.key())) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private NotifierDescriptor descriptor(String notifierId) {
        return plugins.notifierDescriptors().stream().filter(d -> d.id().equals(notifierId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no started notifier " + notifierId
                        + "; see the plugins page"));
    }
}
