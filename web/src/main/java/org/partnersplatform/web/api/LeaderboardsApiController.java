package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.api.dto.LeaderboardDto;

/** The public monthly leaderboards; without {@code month}, the last full month. */
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
    LeaderboardDto organizations(@Nullable @QueryValue String month) {
        return LeaderboardDto.of(leaderboards.organizations(Months.parse(month, time)));
    }

    @Get("/individuals")
    LeaderboardDto individuals(@Nullable @QueryValue String month) {
        return LeaderboardDto.of(leaderboards.individuals(Months.parse(month, time)));
    }
}
