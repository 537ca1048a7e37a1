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
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.people.MemberMerges;
import org.partnersplatform.web.api.dto.MergeDto;
import org.partnersplatform.web.api.dto.MergeRequest;

/** Merges of people: the latest (or one person's), a new merge, and undoing one. */
@Controller("/api/v1/people/merges")
@Secured({"ADMIN"})
class PeopleMergesApiController {

    private final MemberMerges merges;

    PeopleMergesApiController(MemberMerges merges) {
        this.merges = merges;
    }

    @Get("{?memberId}")
    List<MergeDto> list(@Nullable Long memberId) {
        return (memberId == null ? merges.latest() : merges.involving(memberId)).stream().map(MergeDto::of).toList();
    }

    @Get("/{id}")
    MergeDto get(long id) {
        return MergeDto.of(merges.get(id));
    }

    @Post
    HttpResponse<MergeDto> merge(@Nullable @Body MergeRequest request, Principal principal) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"targetMemberId\": ..., "
                    + "\"sourceMemberId\": ..., \"reason\": ...}");
        }
        MergeDto merge = MergeDto.of(merges.merge(request.targetMemberId(), request.sourceMemberId(),
                request.reason(), principal.getName()));
        return HttpResponse.created(merge, URI.create("/api/v1/people/merges/" + merge.id()));
    }

    @Post("/{id}/undo")
    MergeDto undo(long id, Principal principal) {
        return MergeDto.of(merges.undo(id, principal.getName()));
    }
}
