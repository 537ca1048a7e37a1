package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.RankingKind;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.api.dto.LeaderboardDto;

/**
 * The public leaderboards for {@code month=YYYY-MM}, {@code quarter=YYYY-Qn} or {@code year=YYYY} (without one, the
 * last full month), "top contributing" ({@code kind=contributions}, the default) or "most active"
 * ({@code kind=activity}).
 */
@Controller("/api/v1/leaderboards")
@Secured(SecurityRule.IS_ANONYMOUS)
class LeaderboardsApiController {

    private final LeaderboardService leaderboards;
    private final DeploymentTime time;

    LeaderboardsApiController(LeaderboardService leaderboards, DeploymentTime time) {
        this.leaderboards = leaderboards;
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

    private Period period(String month, String quarter, String year) {
        return Period.parse(month, quarter, year, time.currentMonth(),
                Period.month(time.currentMonth().minusMonths(1)));
    }
}
