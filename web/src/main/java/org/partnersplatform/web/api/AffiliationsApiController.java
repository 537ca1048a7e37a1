package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.affiliation.AffiliationService;
import org.partnersplatform.web.api.dto.AffiliationDto;
import org.partnersplatform.web.api.dto.AffiliationRequest;

/** A person's dated affiliations: list, add, change, delete. Overlaps with the same organization are a 409. */
@Controller("/api/v1/people/{memberId}/affiliations")
@Secured("ADMIN")
class AffiliationsApiController {

    private final AffiliationService affiliations;

    AffiliationsApiController(AffiliationService affiliations) {
        this.affiliations = affiliations;
    }

    @Get
    List<AffiliationDto> list(long memberId) {
        return affiliations.list(memberId).stream().map(AffiliationDto::of).toList();
    }

    @Post
    HttpResponse<AffiliationDto> add(long memberId, @Body @Nullable AffiliationRequest request) {
        AffiliationDto added = AffiliationDto.of(affiliations.add(memberId, required(request).toCommand()));
        return HttpResponse.created(added, URI.create("/api/v1/people/" + memberId + "/affiliations/" + added.id()));
    }

    @Put("/{affiliationId}")
    AffiliationDto update(long memberId, long affiliationId, @Body @Nullable AffiliationRequest request) {
        return AffiliationDto.of(affiliations.update(memberId, affiliationId, required(request).toCommand()));
    }

    @Delete("/{affiliationId}")
    HttpResponse<?> delete(long memberId, long affiliationId) {
        affiliations.delete(memberId, affiliationId);
        return HttpResponse.noContent();
    }

    private static AffiliationRequest required(@Nullable AffiliationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"organization\": ..., \"from\": ...,"
                    + " \"to\": ..., \"origin\": ..., \"note\": ..., \"endPrevious\": ...}");
        }
        return request;
    }
}
