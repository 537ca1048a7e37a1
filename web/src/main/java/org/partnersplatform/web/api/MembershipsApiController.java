package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.membership.MembershipService;
import org.partnersplatform.web.api.dto.MembershipDto;
import org.partnersplatform.web.api.dto.MembershipRequest;

/** An organization's memberships: list, record, end. Two of the same kind sharing a day are a 409. */
@Controller("/api/v1/organizations/{slug}/memberships")
@Secured("ADMIN")
class MembershipsApiController {

    private final MembershipService memberships;

    MembershipsApiController(MembershipService memberships) {
        this.memberships = memberships;
    }

    @Get
    List<MembershipDto> list(String slug) {
        return memberships.list(slug).stream().map(MembershipDto::of).toList();
    }

    @Post
    HttpResponse<MembershipDto> create(String slug, @Body @Nullable MembershipRequest request, Principal principal) {
        MembershipDto created = MembershipDto.of(memberships.create(slug, required(request).toCommand(),
                principal.getName()));
        return HttpResponse.created(created, URI.create("/api/v1/organizations/" + slug + "/memberships/"
                + created.id()));
    }

    @Put("/{id}")
    MembershipDto end(String slug, long id, @Body @Nullable MembershipRequest request) {
        return MembershipDto.of(memberships.end(slug, id, required(request).endsOn()));
    }

    private static MembershipRequest required(@Nullable MembershipRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"kind\": ..., \"tier\": ...,"
                    + " \"startsOn\": ..., \"endsOn\": ..., \"note\": ...}");
        }
        return request;
    }
}
