package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.partnership.PartnerLifecycle;
import org.partnersplatform.core.partnership.Partnerships;
import org.partnersplatform.web.api.dto.EvaluationDto;
import org.partnersplatform.web.api.dto.EvaluationRequest;
import org.partnersplatform.web.api.dto.PartnerDetailDto;
import org.partnersplatform.web.api.dto.PartnerDto;
import org.partnersplatform.web.api.dto.PartnershipEventDto;

/**
 * Partners: the current ones for anyone; one partnership with its events for administrators and reviewers; and an
 * administrator's "evaluate this closed month".
 */
@Controller("/api/v1/partners")
@Secured({"ADMIN", "REVIEWER"})
class PartnersApiController {

    private final Partnerships partnerships;
    private final PartnerLifecycle lifecycle;

    PartnersApiController(Partnerships partnerships, PartnerLifecycle lifecycle) {
        this.partnerships = partnerships;
        this.lifecycle = lifecycle;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<PartnerDto> current() {
        return partnerships.current().stream().map(PartnerDto::of).toList();
    }

    @Get("/{slug}")
    PartnerDetailDto get(String slug) {
        return new PartnerDetailDto(PartnerDto.of(partnerships.of(slug)),
                partnerships.events(slug).stream().map(PartnershipEventDto::of).toList());
    }

    @Post("/evaluations")
    @Secured("ADMIN")
    EvaluationDto evaluate(@Body @Nullable EvaluationRequest request) {
        return EvaluationDto.of(lifecycle.evaluate(month(request == null ? null : request.month())));
    }

    static YearMonth month(@Nullable String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("the month is missing or malformed",
                    Map.of("month", "is YYYY-MM, e.g. 2026-10"));
        }
    }
}
