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
import org.partnersplatform.core.alert.TestNotifications;
import org.partnersplatform.core.notifier.NotifierInstallations;
import org.partnersplatform.web.api.dto.NotificationTestDto;
import org.partnersplatform.web.api.dto.NotifierDto;
import org.partnersplatform.web.api.dto.NotifierRequest;

/** Notifier installations: the notifier plugins' configured channels that alerts go out through. */
@Controller("/api/v1/notifiers")
@Secured("ADMIN")
class NotifiersApiController {

    private final NotifierInstallations notifiers;
    private final TestNotifications tests;

    NotifiersApiController(NotifierInstallations notifiers, TestNotifications tests) {
        this.notifiers = notifiers;
        this.tests = tests;
    }

    @Get
    List<NotifierDto> list() {
        return notifiers.list().stream().map(NotifierDto::of).toList();
    }

    @Post
    HttpResponse<NotifierDto> create(@Body @Nullable NotifierRequest request) {
        NotifierDto created = NotifierDto.of(notifiers.create(required(request).toCommand()));
        return HttpResponse.created(created, URI.create("/api/v1/notifiers/" + created.id()));
    }

    @Get("/{id}")
    NotifierDto get(long id) {
        return NotifierDto.of(notifiers.get(id));
    }

    @Put("/{id}")
    NotifierDto update(long id, @Body @Nullable NotifierRequest request) {
        return NotifierDto.of(notifiers.update(id, required(request).toCommand()));
    }

    @Delete("/{id}")
    HttpResponse<?> delete(long id) {
        notifiers.delete(id);
        return HttpResponse.noContent();
    }

    @Post("/{id}/test")
    NotificationTestDto test(long id) {
        TestNotifications.Outcome outcome = tests.send(id);
        return new NotificationTestDto(outcome.delivered(), outcome.message());
    }

    private static NotifierRequest required(NotifierRequest request) {
        if (request == null) {
            throw new InvalidRequestException(
                    "the body is missing: send {\"notifier\": ..., \"name\": ..., \"config\": {...}}");
        }
        return request;
    }
}
