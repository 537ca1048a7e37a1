package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.security.Principal;
import java.time.YearMonth;
import org.partnersplatform.core.publication.MonthKey;
import org.partnersplatform.core.report.CsvReport;
import org.partnersplatform.core.report.MarkdownReport;
import org.partnersplatform.core.report.Report;
import org.partnersplatform.core.report.ReportNote;
import org.partnersplatform.core.report.ReportNotes;
import org.partnersplatform.core.report.Reports;
import org.partnersplatform.web.api.dto.ReportNoteDto;
import org.partnersplatform.web.api.dto.ReportNoteRequest;

/**
 * The public reports: the monthly shout-out ({@code YYYY-MM}), quarterly ({@code YYYY-Qn}) and annual
 * ({@code YYYY}) reports, as JSON or with {@code format=markdown|csv}; and the administrator's note of a month.
 */
@Controller("/api/v1/reports")
@Secured(SecurityRule.IS_ANONYMOUS)
class ReportsApiController {

    private final Reports reports;
    private final ReportNotes notes;

    ReportsApiController(Reports reports, ReportNotes notes) {
        this.reports = reports;
        this.notes = notes;
    }

    @Get("/monthly/{month}")
    HttpResponse<?> monthly(String month, @Nullable @QueryValue String format) {
        return respond(reports.monthly(month), format);
    }

    @Get("/quarterly/{quarter}")
    HttpResponse<?> quarterly(String quarter, @Nullable @QueryValue String format) {
        return respond(reports.quarterly(quarter), format);
    }

    @Get("/annual/{year}")
    HttpResponse<?> annual(String year, @Nullable @QueryValue String format) {
        return respond(reports.annual(year), format);
    }

    @Put("/monthly/{month}/note")
    @Secured("ADMIN")
    ReportNoteDto note(String month, @Body ReportNoteRequest request, Principal principal) {
        YearMonth chosen = MonthKey.parse(month);
        return new ReportNoteDto(chosen.toString(), notes.set(chosen, request.note(), principal.getName())
                .map(ReportNote::text).orElse(null));
    }

    private static HttpResponse<?> respond(Report report, String format) {
        return ReportFormats.respond(report, format, MarkdownReport::of, CsvReport::of,
                "report-" + report.period());
    }
}
