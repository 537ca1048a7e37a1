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
import org.partnersplatform.core.access.UserService;
import org.partnersplatform.web.api.dto.UserDto;
import org.partnersplatform.web.api.dto.UserRequest;

/** The users who sign in, each with one role; created by administrators. Passwords are never returned. */
@Controller("/api/v1/users")
@Secured("ADMIN")
class UsersApiController {

    private final UserService users;

    UsersApiController(UserService users) {
        this.users = users;
    }

    @Get
    List<UserDto> list() {
        return users.list().stream().map(UserDto::of).toList();
    }

    @Post
    HttpResponse<UserDto> create(@Body @Nullable UserRequest request, Principal principal) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"username\": ..., \"password\": ...,"
                    + " \"role\": ...}");
        }
        UserDto created = UserDto.of(users.create(request.toCommand(), principal.getName()));
        return HttpResponse.created(created, URI.create("/api/v1/users/" + created.id()));
    }
}
