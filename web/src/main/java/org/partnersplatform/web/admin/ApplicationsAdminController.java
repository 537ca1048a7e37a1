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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.eligibility.CriterionResult;
import org.partnersplatform.core.eligibility.EligibilityReport;
import org.partnersplatform.core.partnership.ApplicationDecisions;
import org.partnersplatform.core.partnership.ApplicationStatus;
import org.partnersplatform.core.partnership.ApplicationView;
import org.partnersplatform.core.partnership.Applications;
import org.partnersplatform.web.view.PageRenderer;

/**
 * Partner applications in the admin area: the list, one application with today's eligibility report (and the one
 * recorded with its decision), and the reviewer's decide form. Administrators may read; only reviewers decide.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/applications")
@Secured({"REVIEWER", "ADMIN"})
class ApplicationsAdminController {

    private final Applications applications;
    private final ApplicationDecisions decisions;
    private final PageRenderer pages;

    ApplicationsAdminController(Applications applications, ApplicationDecisions decisions, PageRenderer pages) {
        this.applications = applications;
        this.decisions = decisions;
        this.pages = pages;
    }

    @Get("{?status}")
    HttpResponse<String> list(@Nullable @QueryValue String status, HttpRequest<?> request) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Applications");
        model.put("applications", applications.list(status).stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.id());
            row.put("organization", a.organizationName());
            row.put("contact", a.contactName());
            row.put("status", a.status().name().toLowerCase(Locale.ROOT));
            row.put("submittedAt", a.submittedAt());
            row.put("decidedBy", a.decidedBy());
            return row;
        }).toList());
        return pages.page("admin/applications", model, request);
    }

    @Get("/{id}")
    HttpResponse<String> one(long id, HttpRequest<?> request, Authentication authentication) {
        return render(id, request, authentication, HttpStatus.OK, null);
    }

    @Post("/{id}/decision")
    @Secured("REVIEWER")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(long id, @Body Map<String, String> form, HttpRequest<?> request,
                           Authentication authentication) {
        try {
            decisions.decide(id, ApplicationDecisions.Decision.parse(form.get("decision")), form.get("note"),
                    authentication.getName());
            return HttpResponse.seeOther(URI.create("/admin/applications/" + id));
        } catch (InvalidRequestException e) {
            return render(id, request, authentication, HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (ConflictException e) {
            return render(id, request, authentication, HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private HttpResponse<String> render(long id, HttpRequest<?> request, Authentication authentication,
                                        HttpStatus status, @Nullable String error) {
        ApplicationDecisions.Review review = decisions.review(id);
        ApplicationView application = review.application();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Application #" + id);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", application.id());
        view.put("organization", application.organizationName());
        view.put("slug", application.organizationSlug());
        view.put("contactName", application.contactName());
        view.put("contactEmail", application.contactEmail());
        view.put("motivation", application.motivation());
        view.put("status", application.status().name().toLowerCase(Locale.ROOT));
        view.put("submittedAt", application.submittedAt());
        view.put("decidedAt", application.decidedAt());
        view.put("decidedBy", application.decidedBy());
        view.put("decisionNote", application.decisionNote());
        view.put("policyVersion", application.policyVersion());
        view.put("members", application.members().stream().map(m -> Map.of("name", m.name(), "email", m.email(),
                "known", m.memberId() != null)).toList());
        model.put("application", view);
        model.put("current", report(review.report()));
        model.put("recorded", application.report() == null ? null : report(application.report()));
        model.put("canDecide", application.status() == ApplicationStatus.SUBMITTED
                && authentication.getRoles().contains("REVIEWER"));
        model.put("error", error);
        return pages.page("admin/application", model, request).status(status);
    }

    private static Map<String, Object> report(EligibilityReport report) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("asOf", report.asOf().toString());
        model.put("policyVersion", report.policyVersion());
        model.put("eligible", report.eligible());
        model.put("criteria", report.criteria().stream().map(ApplicationsAdminController::criterion).toList());
        return model;
    }

    private static Map<String, Object> criterion(CriterionResult result) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("criterion", result.criterion().name().toLowerCase(Locale.ROOT));
        model.put("passed", result.passed());
        model.put("summary", result.summary());
        model.put("nextPassOn", result.nextPassOn() == null ? null : result.nextPassOn().toString());
        List<Map<String, Object>> evidence = result.evidence().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", e.period());
            row.put("label", e.label());
            row.put("value", e.value());
            row.put("required", e.required());
            row.put("met", e.met());
            return row;
        }).toList();
        model.put("evidence", evidence);
        return model;
    }
}
