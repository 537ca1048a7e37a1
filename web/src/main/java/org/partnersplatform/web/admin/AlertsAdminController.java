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
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.alert.AlertChecker;
import org.partnersplatform.core.alert.AlertInbox;
import org.partnersplatform.core.alert.AlertKind;
import org.partnersplatform.core.alert.AlertStatus;
import org.partnersplatform.core.alert.AlertView;
import org.partnersplatform.web.view.PageRenderer;

/** The alert inbox in the admin area: open alerts first, a filter by kind, acknowledge, and check now. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/alerts")
@Secured("ADMIN")
class AlertsAdminController {

    private final AlertInbox inbox;
    private final AlertChecker checker;
    private final PageRenderer pages;
    private final Clock clock;

    AlertsAdminController(AlertInbox inbox, AlertChecker checker, PageRenderer pages, Clock clock) {
        this.inbox = inbox;
        this.checker = checker;
        this.pages = pages;
        this.clock = clock;
    }

    @Get("{?kind,checked}")
    HttpResponse<String> list(@Nullable @QueryValue String kind, @Nullable @QueryValue Integer checked,
                              HttpRequest<?> request) {
        return render(request, HttpStatus.OK, AlertKind.parse(kind).orElse(null),
                checked == null ? null : "The check raised " + checked + " new alert(s).", null);
    }

    @Post("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acknowledge(long id, @Body Map<String, String> form) {
        inbox.acknowledge(id);
        String kind = form.getOrDefault("kind", "");
        return HttpResponse.seeOther(URI.create("/admin/alerts" + (kind.isBlank() ? "" : "?kind=" + kind)));
    }

    @Post("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> check(HttpRequest<?> request) {
        try {
            int raised = checker.check(clock.instant()).raised().size();
            return HttpResponse.seeOther(URI.create("/admin/alerts?checked=" + raised));
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, null, null, e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, @Nullable AlertKind kind,
                                        @Nullable String notice, @Nullable String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Alerts");
        model.put("kinds", Arrays.stream(AlertKind.values()).map(k -> Map.of("key", k.key(), "label", k.label(),
                "selected", k == kind)).toList());
        model.put("kind", kind == null ? "" : kind.key());
        List<AlertView> alerts = inbox.list(null, kind);
        model.put("alerts", alerts.stream().map(AlertsAdminController::row).toList());
        model.put("open", alerts.stream().filter(a -> a.status() == AlertStatus.OPEN).count());
        model.put("notice", notice);
        model.put("error", error);
        return pages.page("admin/alerts", model, request).status(status);
    }

    private static Map<String, Object> row(AlertView alert) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", alert.id());
        row.put("kind", alert.kind().label());
        row.put("subject", alert.subjectName());
        row.put("period", alert.period());
        row.put("message", alert.message());
        row.put("open", alert.status() == AlertStatus.OPEN);
        row.put("createdAt", alert.createdAt());
        row.put("deliveries", alert.deliveries().stream().map(d -> {
            Map<String, Object> delivery = new LinkedHashMap<>();
            delivery.put("notifier", d.notifierName());
            delivery.put("status", d.status().name().toLowerCase());
            delivery.put("attempts", d.attempts());
            delivery.put("nextAttemptAt", d.nextAttemptAt());
            delivery.put("lastError", d.lastError());
            return delivery;
        }).toList());
        return row;
    }
}
