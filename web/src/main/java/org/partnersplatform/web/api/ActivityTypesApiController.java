package org.partnersplatform.web.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.activity.ActivityTypeRegistry;
import org.partnersplatform.web.api.dto.ActivityTypeWeightDto;
import org.partnersplatform.web.api.dto.WeightRequest;

/** The activity types the installed sources declared, and the administrator's weight overrides. */
@Controller("/api/v1/activity-types")
@Secured("ADMIN")
class ActivityTypesApiController {

    private final ActivityTypeRegistry types;

    ActivityTypesApiController(ActivityTypeRegistry types) {
        this.types = types;
    }

    @Get
    List<ActivityTypeWeightDto> list() {
        return types.all().stream().map(ActivityTypeWeightDto::of).toList();
    }

    @Put("/{source}/{key}")
    ActivityTypeWeightDto setWeight(String source, String key, @Body WeightRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"weight\": 2.5} or {\"weight\": null}");
        }
        return ActivityTypeWeightDto.of(types.overrideWeight(source, key, request.weight()));
    }
}
