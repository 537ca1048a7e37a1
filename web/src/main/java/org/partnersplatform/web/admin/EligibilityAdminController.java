package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnersplatform.core.eligibility.EligibilityReport;
import org.partnersplatform.core.eligibility.EligibilityService;
import org.partnersplatform.web.view.PageRenderer;

/**
 * An organization's eligibility page: each criterion passed or failed, its sentence, its evidence, the next pass and
 * the policy's version, on a day chosen with a date picker (today by default).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/organizations/{slug}/eligibility")
@Secured({"ADMIN", "REVIEWER"})
class EligibilityAdminController {

    private final EligibilityService eligibility;
    private final PageRenderer pages;

    EligibilityAdminController(EligibilityService eligibility, PageRenderer pages) {
        this.eligibility = eligibility;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(String slug, @Nullable @QueryValue String asOf, HttpRequest<?> request) {
        EligibilityReport report = eligibility.evaluate(slug, eligibility.asOf(asOf));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Eligibility of " + report.organizationName());
        model.put("report", report);
        return pages.page("admin/eligibility", model, request);
    }
}
