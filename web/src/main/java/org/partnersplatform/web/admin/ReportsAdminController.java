package org.partnersplatform.web.admin;

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
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.security.Principal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.publication.MonthKey;
import org.partnersplatform.core.report.ReportNote;
import org.partnersplatform.core.report.ReportNotes;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.view.PageRenderer;

/** The recent months' reports, with a form to write each month's note (holidays, an outage of a source). */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/reports")
@Secured("ADMIN")
class ReportsAdminController {

    private static final int RECENT_MONTHS = 12;

    private final ReportNotes notes;
    private final DeploymentTime time;
    private final PageRenderer pages;

    ReportsAdminController(ReportNotes notes, DeploymentTime time, PageRenderer pages) {
        this.notes = notes;
        this.time = time;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, null);
    }

    @Post("/{month}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> note(String month, @Body Map<String, String> form, Principal principal,
                         HttpRequest<?> request) {
        try {
            notes.set(MonthKey.parse(month), form.getOrDefault("note", ""), principal.getName());
            return HttpResponse.seeOther(URI.create("/admin/reports"));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, e.getMessage() + ": " + String.join("; ",
                    e.problemLines()));
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String error) {
        YearMonth current = time.currentMonth();
        List<Map<String, Object>> months = IntStream.rangeClosed(1, RECENT_MONTHS)
                .mapToObj(current::minusMonths)
                .map(this::month)
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Reports");
        model.put("months", months);
        model.put("maxLength", ReportNotes.MAX_LENGTH);
        model.put("error", error);
        return pages.page("admin/reports", model, request).status(status);
    }

    private Map<String, Object> month(YearMonth month) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", month.toString());
        row.put("label", month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear());
        row.put("note", notes.of(month).map(ReportNote::text).orElse(""));
        return row;
    }
}
