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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.publication.BoardChanges;
import org.partnersplatform.core.publication.MonthContent;
import org.partnersplatform.core.publication.MonthKey;
import org.partnersplatform.core.publication.MonthPublisher;
import org.partnersplatform.core.publication.MonthRevision;
import org.partnersplatform.core.publication.PublishedEntry;
import org.partnersplatform.core.publication.PublishedMonthSummary;
import org.partnersplatform.core.publication.PublishedMonths;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.view.PageRenderer;

/** Publishing months: the recent months with their state, a publish form, and each month's revisions in words. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/months")
@Secured("ADMIN")
class MonthsAdminController {

    private static final int RECENT_MONTHS = 12;
    private static final Map<String, String> BOARD_TITLES = Map.of(MonthContent.ORGANIZATIONS, "Organizations",
            MonthContent.INDIVIDUALS, "Individuals");

    private final MonthPublisher publisher;
    private final PublishedMonths published;
    private final DeploymentTime time;
    private final PageRenderer pages;

    MonthsAdminController(MonthPublisher publisher, PublishedMonths published, DeploymentTime time,
                          PageRenderer pages) {
        this.publisher = publisher;
        this.published = published;
        this.time = time;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, null, time.currentMonth().minusMonths(1).toString());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        String month = form.getOrDefault("month", "");
        try {
            YearMonth chosen = MonthKey.parse(month);
            publisher.publish(chosen, principal.getName());
            return HttpResponse.seeOther(URI.create("/admin/months/" + chosen));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, e.getMessage() + ": " + String.join("; ",
                    e.problemLines()), month);
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, e.getMessage(), month);
        }
    }

    @Get("/{month}")
    HttpResponse<String> month(String month, HttpRequest<?> request) {
        YearMonth chosen = MonthKey.parse(month);
        List<MonthRevision> revisions = new ArrayList<>(published.revisions(chosen));
        MonthRevision latest = revisions.get(revisions.size() - 1);
        List<Map<String, Object>> history = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            history.add(revision(revisions.get(i)));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Published month " + label(chosen));
        model.put("month", chosen.toString());
        model.put("label", label(chosen));
        model.put("latest", latest.revision());
        model.put("revisions", history);
        model.put("boards", latest.content().boards().entrySet().stream()
                .map(b -> Map.of("title", title(b.getKey()), "rows", rows(b.getValue()))).toList());
        return pages.page("admin/month", model, request);
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String error, String month) {
        YearMonth current = time.currentMonth();
        List<Map<String, Object>> recent = IntStream.rangeClosed(1, RECENT_MONTHS)
                .mapToObj(current::minusMonths)
                .map(m -> recent(m, published.status(m)))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Published months");
        model.put("recent", recent);
        model.put("published", published.list().stream().map(this::summary).toList());
        model.put("month", month);
        model.put("latestFinished", current.minusMonths(1).toString());
        model.put("zone", time.zone().getId());
        model.put("error", error);
        return pages.page("admin/months", model, request).status(status);
    }

    private Map<String, Object> recent(YearMonth month, Optional<PublishedMonthSummary> status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", month.toString());
        row.put("label", label(month));
        status.ifPresent(s -> row.putAll(summary(s)));
        return row;
    }

    private Map<String, Object> summary(PublishedMonthSummary summary) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", summary.month().toString());
        row.put("label", label(summary.month()));
        row.put("revision", summary.latestRevision());
        row.put("publishedOn", time.dayOf(summary.publishedAt()).toString());
        row.put("revisedOn", summary.revised() ? time.dayOf(summary.revisedAt()).toString() : null);
        return row;
    }

    private static Map<String, Object> revision(MonthRevision revision) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("revision", revision.revision());
        row.put("publishedAt", revision.publishedAt());
        row.put("publishedBy", revision.publishedBy());
        row.put("reason", revision.reason());
        row.put("first", revision.revision() == 1);
        List<Map<String, Object>> boards = new ArrayList<>();
        for (BoardChanges changes : revision.changes().boards()) {
            boards.add(Map.of("title", title(changes.board()), "lines", changes.sentences()));
        }
        row.put("changes", boards);
        return row;
    }

    private static List<Map<String, Object>> rows(List<PublishedEntry> entries) {
        return entries.stream().map(e -> Map.<String, Object>of("rank", e.rank(), "name", e.name(),
                "score", e.score().toPlainString(), "contributions", e.contributions())).toList();
    }

    private static String title(String board) {
        return BOARD_TITLES.getOrDefault(board, board);
    }

    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
