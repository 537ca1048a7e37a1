package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import org.partnersplatform.core.report.CsvReport;
import org.partnersplatform.core.report.MarkdownReport;
import org.partnersplatform.core.report.OrganizationReport;
import org.partnersplatform.core.report.OrganizationReports;

/** One organization's quarterly report, for the program's administrators and team leads. */
@Controller("/api/v1/organizations/{slug}/reports")
@Secured({"ADMIN", "TEAM_LEAD"})
class OrganizationReportsApiController {

    private final OrganizationReports reports;

    OrganizationReportsApiController(OrganizationReports reports) {
        this.reports = reports;
    }

    @Get("/quarterly/{quarter}")
    HttpResponse<?> quarterly(String slug, String quarter, @Nullable @QueryValue String format) {
        OrganizationReport report = reports.quarterly(slug, quarter);
        return ReportFormats.respond(report, format, MarkdownReport::of, CsvReport::of,
                report.slug() + "-" + report.quarter());
    }
}
