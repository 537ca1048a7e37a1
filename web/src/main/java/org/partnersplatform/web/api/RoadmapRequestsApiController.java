package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Optional;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.partnership.Applications;
import org.partnersplatform.core.roadmap.RoadmapRequests;
import org.partnersplatform.web.api.dto.RoadmapRequestBody;
import org.partnersplatform.web.api.dto.RoadmapRequestDto;
import org.partnersplatform.web.error.ApiError;

/**
 * A partner's roadmap requests, sent by an administrator on the partner's behalf or by the partner itself with the
 * status token of its approved application in the {@value #TOKEN_HEADER} header.
 */
@Controller("/api/v1/organizations/{slug}/roadmap-requests")
@Secured(SecurityRule.IS_ANONYMOUS)
class RoadmapRequestsApiController {

    static final String TOKEN_HEADER = "X-Application-Token";

    private final RoadmapRequests requests;
    private final Applications applications;

    RoadmapRequestsApiController(RoadmapRequests requests, Applications applications) {
        this.requests = requests;
        this.applications = applications;
    }

    @Post
    HttpResponse<?> submit(String slug, @Body @Nullable RoadmapRequestBody body,
                           @Nullable @Header(TOKEN_HEADER) String token, @Nullable Authentication authentication) {
        Optional<String> who = caller(slug, token, authentication);
        if (who.isEmpty()) {
            return refused();
        }
        if (body == null) {
            throw new InvalidRequestException("the body is missing: send {\"title\": ..., \"description\": ...,"
                    + " \"funded\": true, \"amount\": 1500, \"currency\": \"EUR\"} or {..., \"funded\": false}");
        }
        return HttpResponse.created(RoadmapRequestDto.of(requests.submit(slug, body.toCommand(), who.get())));
    }

    @Get
    HttpResponse<?> list(String slug, @Nullable @Header(TOKEN_HEADER) String token,
                         @Nullable Authentication authentication) {
        if (caller(slug, token, authentication).isEmpty()) {
            return refused();
        }
        List<RoadmapRequestDto> found = requests.of(slug).stream().map(RoadmapRequestDto::of).toList();
        return HttpResponse.ok(found);
    }

    private Optional<String> caller(String slug, @Nullable String token, @Nullable Authentication authentication) {
        if (authentication != null && authentication.getRoles().contains("ADMIN")) {
            return Optional.of(authentication.getName());
        }
        return applications.applicantFor(token, slug);
    }

    private static HttpResponse<ApiError> refused() {
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of("roadmap requests are sent by an"
                + " administrator, or with the status token of the organization's approved application in the "
                + TOKEN_HEADER + " header"));
    }
}
