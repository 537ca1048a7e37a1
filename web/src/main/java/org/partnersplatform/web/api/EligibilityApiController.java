package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import org.partnersplatform.core.eligibility.EligibilityService;
import org.partnersplatform.web.api.dto.EligibilityReportDto;

/** Whether an organization may be a partner on a day (today by default), criterion by criterion. */
@Controller("/api/v1/organizations/{slug}/eligibility")
@Secured({"ADMIN", "REVIEWER"})
class EligibilityApiController {

    private final EligibilityService eligibility;

    EligibilityApiController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @Get
    EligibilityReportDto report(String slug, @Nullable @QueryValue String asOf) {
        return EligibilityReportDto.of(eligibility.evaluate(slug, eligibility.asOf(asOf)));
    }
}
