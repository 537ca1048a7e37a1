package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.organization.OrganizationMerges;
import org.partnersplatform.web.api.dto.OrganizationMergeDto;
import org.partnersplatform.web.api.dto.OrganizationMergeRequest;

/** Merges of organizations, and undoing them; the signed-in user is recorded as who did it. */
@Controller("/api/v1/organizations/merges")
@Secured("ADMIN")
class OrganizationMergesApiController {

    private final OrganizationMerges merges;

    OrganizationMergesApiController(OrganizationMerges merges) {
        this.merges = merges;
    }

    @Get
    List<OrganizationMergeDto> list() {
        return merges.list().stream().map(OrganizationMergeDto::of).toList();
    }

    @Post
    HttpResponse<OrganizationMergeDto> merge(@Body @Nullable OrganizationMergeRequest request, Principal principal) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"source\": ..., \"target\": ...}");
        }
        return HttpResponse.created(OrganizationMergeDto.of(merges.merge(request.source(), request.target(),
                principal.getName())));
    }

    @Post("/{id}/undo")
    OrganizationMergeDto undo(long id, Principal principal) {
        return OrganizationMergeDto.of(merges.undo(id, principal.getName()));
    }
}
