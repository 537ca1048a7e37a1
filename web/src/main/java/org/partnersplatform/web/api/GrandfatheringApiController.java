package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.eligibility.GrandfatheringSuggestions;
import org.partnersplatform.core.membership.GrandfatheringService;
import org.partnersplatform.web.api.dto.GrandfatheringDto;
import org.partnersplatform.web.api.dto.GrandfatheringRequest;

/** An organization's grandfathered sponsorship: the rule, the record, the suggestion from payments; record one. */
@Controller("/api/v1/organizations/{slug}/grandfathering")
@Secured("ADMIN")
class GrandfatheringApiController {

    private final GrandfatheringService grandfathering;
    private final GrandfatheringSuggestions suggestions;

    GrandfatheringApiController(GrandfatheringService grandfathering, GrandfatheringSuggestions suggestions) {
        this.grandfathering = grandfathering;
        this.suggestions = suggestions;
    }

    @Get
    GrandfatheringDto show(String slug) {
        return GrandfatheringDto.of(grandfathering.rule(), grandfathering.recorded(slug),
                suggestions.suggestion(slug));
    }

    @Post
    HttpResponse<GrandfatheringDto> record(String slug, @Body @Nullable GrandfatheringRequest request,
                                           Principal principal) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"monthlyUsd\": ..., \"since\": ...,"
                    + " \"evidence\": ...}");
        }
        GrandfatheringDto recorded = GrandfatheringDto.of(grandfathering.rule(), Optional.of(grandfathering
                .record(slug, request.toCommand(), principal.getName())), Optional.empty());
        return HttpResponse.created(recorded, URI.create("/api/v1/organizations/" + slug + "/grandfathering"));
    }
}
