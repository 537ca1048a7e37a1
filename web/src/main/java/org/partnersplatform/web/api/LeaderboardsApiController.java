package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.partnersplatform.core.leaderboard.ExplanationService;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.RankingKind;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.api.dto.ExplanationDto;
import org.partnersplatform.web.api.dto.LeaderboardDto;

/**
 * The public leaderboards for {@code month=YYYY-MM}, {@code quarter=YYYY-Qn} or {@code year=YYYY} (without one, the
 * last full month), "top contributing" ({@code kind=contributions}, the default) or "most active"
 * ({@code kind=activity}), and the explanation of each score under the same parameters.
 */
@Controller("/api/v1/leaderboards")
@Secured(SecurityRule.IS_ANONYMOUS)
class LeaderboardsApiController {

    private final LeaderboardService leaderboards;
    private final ExplanationService explanations;
    private final DeploymentTime time;

    LeaderboardsApiController(LeaderboardService leaderboards, ExplanationService explanations, DeploymentTime time) {
        this.leaderboards = leaderboards;
        this.explanations = explanations;
        this.time = time;
    }

    @Get("/organizations")
    LeaderboardDto organizations(@Nullable @QueryValue String month, @Nullable @QueryValue String quarter,
                                 @Nullable @QueryValue String year, @Nullable @QueryValue String kind) {
        return LeaderboardDto.of(leaderboards.organizations(period(month, quarter, year), RankingKind.parse(kind)));
    }

    @Get("/individuals")
    LeaderboardDto individuals(@Nullable @QueryValue String month, @Nullable @QueryValue String quarter,
                               @Nullable @QueryValue String year, @Nullable @QueryValue String kind) {
        return LeaderboardDto.of(leaderboards.individuals(period(month, quarter, year), RankingKind.parse(kind)));
    }

    /** Why an organization has its score in that ranking; 404 when nothing of its counted. */
    @Get("/organizations/{slug}/explanation")
    ExplanationDto organizationExplanation(String slug, @Nullable @QueryValue String month,
                                           @Nullable @QueryValue String quarter, @Nullable @QueryValue String year,
                                           @Nullable @QueryValue String kind) {
        return ExplanationDto.of(explanations.organization(slug, period(month, quarter, year),
                RankingKind.parse(kind)));
    }

    /** Why a person ({@code member-<id>}) has their score in that ranking; 404 when nothing of theirs counted. */
    @Get("/individuals/{slug}/explanation")
    ExplanationDto individualExplanation(String slug, @Nullable @QueryValue String month,
                                         @Nullable @QueryValue String quarter, @Nullable @QueryValue String year,
                                         @Nullable @QueryValue String kind) {
        return ExplanationDto.of(explanations.individual(slug, period(month, quarter, year), RankingKind.parse(kind)));
    }

    private Period period(String month, String quarter, String year) {
        return Period.parse(month, quarter, year, time.currentMonth(),
                Period.month(time.currentMonth().minusMonths(1)));
    }
}
