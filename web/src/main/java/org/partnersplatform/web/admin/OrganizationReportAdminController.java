package org.partnersplatform.web.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.report.OrganizationReport;
import org.partnersplatform.core.report.OrganizationReports;
import org.partnersplatform.core.report.TrendMonth;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.view.PageRenderer;
import org.partnersplatform.web.view.ReportRows;

/**
 * One organization's quarterly report as a page: its ranks with their change, its trend month by month against the
 * quarter before, its people and its new contributors, with links to the same report as Markdown, CSV and JSON.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/organizations/{slug}/reports")
@Secured({"ADMIN", "TEAM_LEAD"})
class OrganizationReportAdminController {

    private final OrganizationReports reports;
    private final DeploymentTime time;
    private final PageRenderer pages;

    OrganizationReportAdminController(OrganizationReports reports, DeploymentTime time, PageRenderer pages) {
        this.reports = reports;
        this.time = time;
        this.pages = pages;
    }

    /** The current quarter's report. */
    @Get
    HttpResponse<?> current(String slug) {
        String quarter = quarterOf(time.currentMonth()).label();
        return HttpResponse.seeOther(URI.create("/admin/organizations/" + encode(slug) + "/reports/quarterly/"
                + quarter));
    }

    @Get("/quarterly/{quarter}")
    HttpResponse<String> quarterly(String slug, String quarter, HttpRequest<?> request) {
        OrganizationReport report = reports.quarterly(slug, quarter);
        YearMonth current = time.currentMonth();
        Period period = Period.parse(null, report.quarter(), null, current, null);
        Period next = new Period(period.last().plusMonths(1), 3);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", report.name() + ": quarterly report, " + report.quarter());
        model.put("name", report.name());
        model.put("slug", report.slug());
        model.put("quarter", report.quarter());
        model.put("partial", report.partial());
        model.put("ranks", ranks(report));
        model.put("trend", report.trend().stream().map(OrganizationReportAdminController::trend).toList());
        model.put("contributors", report.contributors().stream().map(ReportRows::row).toList());
        model.put("newContributors", ReportRows.people(report.newContributors()));
        model.put("newContributorCount", report.newContributors().size());
        model.put("previous", period.previous().label());
        model.put("next", next.first().isAfter(current) ? null : next.label());
        model.put("api", "/api/v1/organizations/" + encode(report.slug()) + "/reports/quarterly/" + report.quarter());
        return pages.page("admin/organization-report", model, request);
    }

    private static List<Map<String, Object>> ranks(OrganizationReport report) {
        List<Map<String, Object>> ranks = new ArrayList<>();
        if (report.contributing() != null) {
            Map<String, Object> row = ReportRows.row(report.contributing());
            row.put("board", "Top contributing");
            ranks.add(row);
        }
        if (report.active() != null) {
            Map<String, Object> row = ReportRows.row(report.active());
            row.put("board", "Most active");
            ranks.add(row);
        }
        return ranks;
    }

    private static Map<String, Object> trend(TrendMonth month) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("month", month.month());
        row.put("contributionScore", month.contributionScore().toPlainString());
        row.put("activityScore", month.activityScore().toPlainString());
        row.put("previousMonth", month.previousMonth());
        row.put("previousContributionScore", month.previousContributionScore().toPlainString());
        row.put("previousActivityScore", month.previousActivityScore().toPlainString());
        int change = month.activityScore().compareTo(month.previousActivityScore());
        row.put("direction", change > 0 ? "up" : change < 0 ? "down" : "same");
        return row;
    }

    private static Period quarterOf(YearMonth month) {
        return Period.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
