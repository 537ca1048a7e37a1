package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.affiliation.ClaimService;
import org.partnersplatform.web.api.dto.ClaimDecisionRequest;
import org.partnersplatform.web.api.dto.ClaimDto;
import org.partnersplatform.web.api.dto.ClaimReceiptDto;
import org.partnersplatform.web.api.dto.ClaimRequest;

/**
 * Affiliation claims: anyone submits one (anonymously); administrators list, approve and reject them, recorded as
 * who decided.
 */
@Controller("/api/v1/claims")
@Secured("ADMIN")
class ClaimsApiController {

    private final ClaimService claims;

    ClaimsApiController(ClaimService claims) {
        this.claims = claims;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<ClaimReceiptDto> submit(@Body @Nullable ClaimRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"memberId\": ..., \"organization\": ...,"
                    + " \"from\": ..., \"evidence\": ..., \"claimantName\": ..., \"claimantEmail\": ...,"
                    + " \"role\": \"PERSON\"}");
        }
        return HttpResponse.created(ClaimReceiptDto.of(claims.submit(request.toCommand())));
    }

    @Get("{?status}")
    List<ClaimDto> list(@Nullable @QueryValue String status) {
        return claims.list(status).stream().map(ClaimDto::of).toList();
    }

    @Get("/{id}")
    ClaimDto get(long id) {
        return ClaimDto.of(claims.get(id));
    }

    @Post("/{id}/approve")
    ClaimDto approve(long id, @Body @Nullable ClaimDecisionRequest request, Principal principal) {
        return ClaimDto.of(claims.approve(id, request == null ? null : request.note(), principal.getName()));
    }

    @Post("/{id}/reject")
    ClaimDto reject(long id, @Body @Nullable ClaimDecisionRequest request, Principal principal) {
        return ClaimDto.of(claims.reject(id, request == null ? null : request.note(), principal.getName()));
    }
}
