package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import java.util.Optional;
import org.partnersplatform.web.api.dto.PushResultDto;
import org.partnersplatform.core.credit.CreditService;

/**
 * Manual credits for contributions no tool sees. The body goes to the manual-credit installation as received; the
 * signed-in user or token holder is recorded as who gave the credit.
 */
@Controller("/api/v1/credits")
@Secured({"ADMIN", "TEAM_LEAD"})
class CreditsApiController {

    private final CreditService credits;

    CreditsApiController(CreditService credits) {
        this.credits = credits;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<PushResultDto> credit(HttpRequest<?> request, @Body byte[] body, Principal principal,
                                       @Nullable @QueryValue Long installation) {
        PushResultDto result = PushResultDto.of(credits.credit(installation,
                InboundRequests.of(request, body, Optional.of(principal.getName()))));
        return result.created() > 0 ? HttpResponse.created(result) : HttpResponse.ok(result);
    }
}
