package org.partnersplatform.web.publicsite;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.leaderboard.Leaderboard;
import org.partnersplatform.core.leaderboard.LeaderboardEntry;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.publication.PublishedMonthSummary;
import org.partnersplatform.core.publication.PublishedMonths;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.api.Months;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The public pages: home (the last month's top organizations) and the monthly leaderboards, which say whether the
 * month shown was published and which revision is the latest.
 */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LeaderboardPageController {

    private static final int FEATURED = 3;
    private static final int MONTHS_IN_PICKER = 18;

    private final LeaderboardService leaderboards;
    private final PublishedMonths published;
    private final DeploymentTime time;
    private final PageRenderer pages;

    LeaderboardPageController(LeaderboardService leaderboards, PublishedMonths published, DeploymentTime time,
                              PageRenderer pages) {
        this.leaderboards = leaderboards;
        this.published = published;
        this.time = time;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> home(HttpRequest<?> request) {
        YearMonth month = time.currentMonth().minusMonths(1);
        Leaderboard organizations = leaderboards.organizations(month);
        return pages.page("home", Map.of("title", "Who contributes", "month", label(month),
                "monthKey", month.toString(),
                "featured", rows(organizations.entries().stream().limit(FEATURED).toList())), request);
    }

    @Get("/leaderboards")
    HttpResponse<String> leaderboards(@Nullable @QueryValue String month, HttpRequest<?> request) {
        YearMonth chosen = Months.parse(month, time);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Leaderboards, " + label(chosen));
        model.put("month", label(chosen));
        model.put("organizations", rows(leaderboards.organizations(chosen).entries()));
        model.put("individuals", rows(leaderboards.individuals(chosen).entries()));
        model.put("months", picker(chosen));
        model.put("publication", published.status(chosen).map(this::publication).orElse(null));
        return pages.page("leaderboards", model, request);
    }

    private Map<String, Object> publication(PublishedMonthSummary summary) {
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("publishedOn", time.dayOf(summary.publishedAt()).toString());
        publication.put("revision", summary.latestRevision());
        publication.put("revisedOn", summary.revised() ? time.dayOf(summary.revisedAt()).toString() : null);
        return publication;
    }

    private List<Map<String, Object>> picker(YearMonth chosen) {
        YearMonth last = time.currentMonth();
        return java.util.stream.IntStream.range(0, MONTHS_IN_PICKER)
                .mapToObj(last::minusMonths)
                .map(m -> Map.<String, Object>of("key", m.toString(), "label", label(m), "selected", m.equals(chosen)))
                .toList();
    }

    private static List<Map<String, Object>> rows(List<LeaderboardEntry> entries) {
        return entries.stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", e.rank());
            row.put("name", e.name());
            row.put("slug", e.slug());
            row.put("score", e.score().toPlainString());
            row.put("contributions", e.contributions());
            row.put("rankChange", e.rankChange() == null ? "new" : signed(e.rankChange()));
            row.put("rankDirection", e.rankChange() == null ? "new"
                    : e.rankChange() > 0 ? "up" : e.rankChange() < 0 ? "down" : "same");
            row.put("scoreChange", (e.scoreChange().signum() > 0 ? "+" : "") + e.scoreChange().toPlainString());
            return row;
        }).toList();
    }

    private static String signed(int change) {
        return change > 0 ? "▲ " + change : change < 0 ? "▼ " + (-change) : "=";
    }

    static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
