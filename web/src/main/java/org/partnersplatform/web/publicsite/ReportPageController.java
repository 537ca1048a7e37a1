package org.partnersplatform.web.publicsite;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.report.RankedSection;
import org.partnersplatform.core.report.Report;
import org.partnersplatform.core.report.Reports;
import org.partnersplatform.web.view.PageRenderer;
import org.partnersplatform.web.view.ReportRows;

/**
 * The public report pages: the monthly shout-out, and the quarterly and annual reports, with links to the same
 * report as Markdown, CSV and JSON. A published month's page says which revision it shows.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports")
@Secured(SecurityRule.IS_ANONYMOUS)
class ReportPageController {

    private final Reports reports;
    private final PageRenderer pages;

    ReportPageController(Reports reports, PageRenderer pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @Get("/monthly/{month}")
    HttpResponse<String> monthly(String month, HttpRequest<?> request) {
        Report report = reports.monthly(month);
        return page(report, "Shout-out, " + LeaderboardPageController.label(YearMonth.parse(report.period())),
                request);
    }

    @Get("/quarterly/{quarter}")
    HttpResponse<String> quarterly(String quarter, HttpRequest<?> request) {
        Report report = reports.quarterly(quarter);
        return page(report, "Quarterly report, " + report.period(), request);
    }

    @Get("/annual/{year}")
    HttpResponse<String> annual(String year, HttpRequest<?> request) {
        Report report = reports.annual(year);
        return page(report, "Annual report, " + report.period(), request);
    }

    private HttpResponse<String> page(Report report, String title, HttpRequest<?> request) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("partial", report.partial());
        model.put("period", report.period());
        model.put("publication", report.publication());
        model.put("monthly", report.type().equals("monthly"));
        model.put("notes", report.notes().stream().map(n -> Map.of("month",
                LeaderboardPageController.label(YearMonth.parse(n.month())), "text", n.text())).toList());
        model.put("organizations", sections(report, "organizations"));
        model.put("individuals", sections(report, "individuals"));
        model.put("newContributors", ReportRows.people(report.newContributors()));
        model.put("newMembers", ReportRows.people(report.newMembers()));
        model.put("newContributorCount", report.newContributors().size());
        model.put("newMemberCount", report.newMembers().size());
        model.put("api", "/api/v1/reports/" + report.type() + "/" + report.period());
        return pages.page("reports/report", model, request);
    }

    private static List<Map<String, Object>> sections(Report report, String prefix) {
        return report.sections().stream().filter(s -> s.key().startsWith(prefix))
                .map(ReportPageController::section).toList();
    }

    private static Map<String, Object> section(RankedSection section) {
        return Map.of("title", section.title(), "rows", section.entries().stream()
                .map(ReportRows::row).toList());
    }
}
