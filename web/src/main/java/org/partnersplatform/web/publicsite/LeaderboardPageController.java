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
import org.partnersplatform.core.leaderboard.Explanation;
import org.partnersplatform.core.leaderboard.ExplanationLine;
import org.partnersplatform.core.leaderboard.ExplanationService;
import org.partnersplatform.core.leaderboard.FeaturedOrganizations;
import org.partnersplatform.core.leaderboard.LeaderboardEntry;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.RankingKind;
import org.partnersplatform.core.publication.PublishedMonthSummary;
import org.partnersplatform.core.publication.PublishedMonths;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.api.Months;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The public pages: home (the featured organizations of the last full month), the monthly leaderboards, which say
 * whether the month shown was published and which revision is the latest, and the explanation of each score.
 */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LeaderboardPageController {

    private static final int MONTHS_IN_PICKER = 18;

    private static final String ORGANIZATIONS = "organizations";
    private static final String INDIVIDUALS = "individuals";

    private final LeaderboardService leaderboards;
    private final ExplanationService explanations;
    private final FeaturedOrganizations featured;
    private final PublishedMonths published;
    private final DeploymentTime time;
    private final PageRenderer pages;

    LeaderboardPageController(LeaderboardService leaderboards, ExplanationService explanations,
                              FeaturedOrganizations featured, PublishedMonths published, DeploymentTime time,
                              PageRenderer pages) {
        this.leaderboards = leaderboards;
        this.explanations = explanations;
        this.featured = featured;
        this.published = published;
        this.time = time;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> home(HttpRequest<?> request) {
        YearMonth month = featured.month();
        List<Map<String, Object>> rows = featured.current().stream().map(f -> Map.<String, Object>of(
                "rank", f.rank(), "name", f.name(), "score", f.score().toPlainString(),
                "contributions", f.contributions(),
                "explanation", explanationUrl(ORGANIZATIONS, f.slug(), month))).toList();
        return pages.page("home", Map.of("title", "Who contributes", "month", label(month),
                "monthKey", month.toString(), "featured", rows), request);
    }

    /** Why an organization has its score in a month's "top contributing" ranking. */
    @Get("/leaderboards/organizations/{slug}/explanation")
    HttpResponse<String> organizationExplanation(String slug, @Nullable @QueryValue String month,
                                                 HttpRequest<?> request) {
        YearMonth chosen = Months.parse(month, time);
        return explanation(explanations.organization(slug, Period.month(chosen), RankingKind.CONTRIBUTIONS),
                chosen, request);
    }

    /** Why a person has their score in a month's "top contributing" ranking. */
    @Get("/leaderboards/individuals/{slug}/explanation")
    HttpResponse<String> individualExplanation(String slug, @Nullable @QueryValue String month,
                                               HttpRequest<?> request) {
        YearMonth chosen = Months.parse(month, time);
        return explanation(explanations.individual(slug, Period.month(chosen), RankingKind.CONTRIBUTIONS),
                chosen, request);
    }

    private HttpResponse<String> explanation(Explanation explanation, YearMonth month, HttpRequest<?> request) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", explanation.name() + ", " + label(month));
        model.put("name", explanation.name());
        model.put("month", label(month));
        model.put("monthKey", month.toString());
        model.put("ruleVersion", explanation.ruleVersion());
        model.put("score", explanation.score().toPlainString());
        model.put("lines", lines(explanation.lines()));
        model.put("people", explanation.people().stream().map(p -> Map.of("name", p.name(),
                "score", p.score().toPlainString(), "lines", lines(p.lines()))).toList());
        return pages.page("explanation", model, request);
    }

    private static List<Map<String, Object>> lines(List<ExplanationLine> lines) {
        return lines.stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", l.typeLabel());
            line.put("rule", l.rule());
            line.put("count", l.count());
            line.put("counted", l.counted());
            line.put("capped", l.counted() < l.count());
            line.put("weight", l.weight().toPlainString());
            line.put("subtotal", l.subtotal().toPlainString());
            return line;
        }).toList();
    }

    private static String explanationUrl(String board, String slug, YearMonth month) {
        return "/leaderboards/" + board + "/" + slug + "/explanation?month=" + month;
    }

    @Get("/leaderboards")
    HttpResponse<String> leaderboards(@Nullable @QueryValue String month, HttpRequest<?> request) {
        YearMonth chosen = Months.parse(month, time);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Leaderboards, " + label(chosen));
        model.put("month", label(chosen));
        model.put("organizations", rows(leaderboards.organizations(chosen).entries(), ORGANIZATIONS, chosen));
        model.put("individuals", rows(leaderboards.individuals(chosen).entries(), INDIVIDUALS, chosen));
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

    private static List<Map<String, Object>> rows(List<LeaderboardEntry> entries, String board, YearMonth month) {
        return entries.stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", e.rank());
            row.put("name", e.name());
            row.put("slug", e.slug());
            row.put("explanation", explanationUrl(board, e.slug(), month));
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
