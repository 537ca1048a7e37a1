package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.ByteArrayInputStream;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.finance.ThresholdService;
import org.partnersplatform.web.api.dto.ImportSummaryDto;
import org.partnersplatform.web.api.dto.ThresholdDto;
import org.partnersplatform.web.api.dto.ThresholdOverrideDto;
import org.partnersplatform.web.api.dto.ThresholdOverrideRequest;

/**
 * Country-adjusted minimum monthly contributions (public) and uploads of Big Mac index files (administrators). An
 * upload is stored as a data set of its own, named after {@code name} (default "api upload").
 */
@Controller("/api/v1/thresholds")
class ThresholdsApiController {

    private final ThresholdService thresholds;

    ThresholdsApiController(ThresholdService thresholds) {
        this.thresholds = thresholds;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    ThresholdDto threshold(@Nullable @QueryValue String country, @Nullable @QueryValue String edition) {
        return ThresholdDto.of(thresholds.threshold(country, ThresholdService.parseEdition(edition)));
    }

    /** Sets the figure used for a country that no edition of the index covers. */
    @Put("/overrides/{country}")
    @Secured("ADMIN")
    ThresholdOverrideDto setOverride(String country, @Body ThresholdOverrideRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"usdAmount\": \"60.00\", \"reason\": ...}");
        }
        return ThresholdOverrideDto.of(thresholds.setOverride(country, request.usdAmount(), request.reason()));
    }

    @Post("/editions")
    @Consumes({"text/csv", "text/plain"})
    @Secured("ADMIN")
    HttpResponse<ImportSummaryDto> upload(@Body byte[] csv, @Nullable @QueryValue String name) {
        return HttpResponse.created(ImportSummaryDto.of(thresholds.importEdition(
                name == null || name.isBlank() ? "api upload" : name, new ByteArrayInputStream(csv))));
    }
}
