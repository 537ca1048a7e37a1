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
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.people.MemberFlags;
import org.partnersplatform.core.people.MemberSplits;
import org.partnersplatform.core.people.PeopleDirectory;
import org.partnersplatform.web.api.dto.PersonDto;
import org.partnersplatform.web.api.dto.PersonFlagRequest;
import org.partnersplatform.web.api.dto.PersonSplitRequest;

/** The people directory: search, one person, split, and the locked and bot flags. */
@Controller("/api/v1/people")
@Secured({"ADMIN"})
class PeopleApiController {

    private static final int DEFAULT_SIZE = 50;

    private final PeopleDirectory directory;
    private final MemberSplits splits;
    private final MemberFlags flags;

    PeopleApiController(PeopleDirectory directory, MemberSplits splits, MemberFlags flags) {
        this.directory = directory;
        this.splits = splits;
        this.flags = flags;
    }

    @Get("{?query,page,size}")
    List<PersonDto> search(@Nullable String query, @Nullable Integer page, @Nullable Integer size) {
        return directory.search(query, page == null ? 0 : page, size == null ? DEFAULT_SIZE : size).people().stream()
                .map(PersonDto::of).toList();
    }

    @Get("/{id}")
    PersonDto get(long id) {
        return PersonDto.of(directory.get(id));
    }

    @Post("/{id}/split")
    HttpResponse<PersonDto> split(long id, @Nullable @Body PersonSplitRequest request) {
        Member created = splits.split(id, request == null ? null : request.identityIds());
        return HttpResponse.created(PersonDto.of(directory.get(created.id())),
                URI.create("/api/v1/people/" + created.id()));
    }

    @Put("/{id}/locked")
    PersonDto lock(long id, @Nullable @Body PersonFlagRequest request, Principal principal) {
        flags.setLocked(id, value(request), principal.getName());
        return PersonDto.of(directory.get(id));
    }

    @Put("/{id}/bot")
    PersonDto bot(long id, @Nullable @Body PersonFlagRequest request, Principal principal) {
        flags.setBot(id, value(request), principal.getName());
        return PersonDto.of(directory.get(id));
    }

    private static boolean value(PersonFlagRequest request) {
        if (request == null || request.value() == null) {
            throw new InvalidRequestException("send {\"value\": true} or {\"value\": false}",
                    Map.of("value", "is required: true or false"));
        }
        return request.value();
    }
}
