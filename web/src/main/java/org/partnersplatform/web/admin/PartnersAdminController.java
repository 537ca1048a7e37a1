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
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.partnership.PartnerLifecycle;
import org.partnersplatform.core.partnership.PartnerView;
import org.partnersplatform.core.partnership.Partnerships;
import org.partnersplatform.core.roadmap.RoadmapCommand;
import org.partnersplatform.core.roadmap.RoadmapRequests;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.view.PageRenderer;

/**
 * Partners in the admin area: every partnership with its status, tier and months below the minimum, "evaluate a
 * month", and one partner's events timeline and roadmap requests, with a form to submit one on its behalf.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/partners")
@Secured("ADMIN")
class PartnersAdminController {

    private final Partnerships partnerships;
    private final PartnerLifecycle lifecycle;
    private final RoadmapRequests roadmap;
    private final DeploymentTime time;
    private final PageRenderer pages;

    PartnersAdminController(Partnerships partnerships, PartnerLifecycle lifecycle, RoadmapRequests roadmap,
                            DeploymentTime time, PageRenderer pages) {
        this.partnerships = partnerships;
        this.lifecycle = lifecycle;
        this.roadmap = roadmap;
        this.time = time;
        this.pages = pages;
    }

    @Get("{?evaluated}")
    HttpResponse<String> list(@Nullable @QueryValue String evaluated, HttpRequest<?> request) {
        return list(request, HttpStatus.OK, evaluated == null ? null : "Evaluated " + evaluated + ".", null);
    }

    @Post("/evaluate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> evaluate(@Body Map<String, String> form, HttpRequest<?> request) {
        YearMonth month;
        try {
            month = YearMonth.parse(form.getOrDefault("month", "").strip());
        } catch (DateTimeParseException e) {
            return list(request, HttpStatus.BAD_REQUEST, null, "month: is YYYY-MM, e.g. 2026-10");
        }
        try {
            PartnerLifecycle.Evaluation evaluation = lifecycle.evaluate(month);
            return HttpResponse.seeOther(URI.create("/admin/partners?evaluated=" + month + "%3A+"
                    + evaluation.partners() + "+partner(s)%2C+" + evaluation.events().size() + "+event(s)"));
        } catch (ConflictException e) {
            return list(request, HttpStatus.CONFLICT, null, e.getMessage());
        }
    }

    @Get("/{slug}")
    HttpResponse<String> one(String slug, HttpRequest<?> request) {
        return one(slug, request, HttpStatus.OK, Map.of(), null);
    }

    @Post("/{slug}/roadmap-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> request(String slug, @Body Map<String, String> form, HttpRequest<?> request,
                            Authentication authentication) {
        try {
            roadmap.submit(slug, new RoadmapCommand(form.get("title"), form.get("description"),
                    "true".equals(form.get("funded")), form.get("amount"), form.get("currency")),
                    authentication.getName());
            return HttpResponse.seeOther(URI.create("/admin/partners/" + slug));
        } catch (InvalidRequestException e) {
            return one(slug, request, HttpStatus.BAD_REQUEST, form, String.join("; ", e.problemLines()));
        } catch (ConflictException e) {
            return one(slug, request, HttpStatus.CONFLICT, form, e.getMessage());
        }
    }

    private HttpResponse<String> list(HttpRequest<?> request, HttpStatus status, @Nullable String notice,
                                      @Nullable String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Partners");
        model.put("partners", partnerships.all().stream().map(PartnersAdminController::row).toList());
        model.put("lastClosed", time.currentMonth().minusMonths(1).toString());
        model.put("notice", notice);
        model.put("error", error);
        return pages.page("admin/partners", model, request).status(status);
    }

    private HttpResponse<String> one(String slug, HttpRequest<?> request, HttpStatus status, Map<String, String> form,
                                     @Nullable String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        PartnerView partner = partnerships.of(slug);
        model.put("title", partner.organizationName());
        model.put("partner", row(partner));
        model.put("events", partnerships.events(slug).stream().map(e -> Map.of("month", e.calendarMonth(),
                "kind", e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), "reason", e.reason(),
                "policyVersion", e.policyVersion())).toList());
        model.put("requests", roadmap.of(slug).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", r.title());
            row.put("description", r.description());
            row.put("funding", r.funded() ? r.amount().stripTrailingZeros().toPlainString() + " " + r.currency()
                    : "unfunded");
            row.put("submittedBy", r.submittedBy());
            row.put("submittedAt", r.submittedAt());
            row.put("year", r.calendarYear());
            return row;
        }).toList());
        model.put("form", form);
        model.put("error", error);
        return pages.page("admin/partner", model, request).status(status);
    }

    private static Map<String, Object> row(PartnerView partner) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("slug", partner.organizationSlug());
        row.put("name", partner.organizationName());
        row.put("status", partner.status().name().toLowerCase(Locale.ROOT));
        row.put("since", partner.since().toString());
        row.put("tier", partner.tierLabel());
        row.put("monthsBelow", partner.monthsBelow());
        row.put("lastMonth", partner.lastMonth());
        return row;
    }
}
