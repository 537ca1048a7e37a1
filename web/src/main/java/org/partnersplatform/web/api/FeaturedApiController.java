package org.partnersplatform.web.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.partnersplatform.core.leaderboard.FeaturedOrganizations;
import org.partnersplatform.web.api.dto.FeaturedDto;

/** The organizations featured now (for a home page to embed): the last full month's top confirmed contributors. */
@Controller("/api/v1/featured")
@Secured(SecurityRule.IS_ANONYMOUS)
class FeaturedApiController {

    private final FeaturedOrganizations featured;

    FeaturedApiController(FeaturedOrganizations featured) {
        this.featured = featured;
    }

    @Get
    FeaturedDto featured() {
        return FeaturedDto.of(featured.month().toString(), featured.current());
    }
}
