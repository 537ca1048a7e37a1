package org.partnersplatform.web.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.publication.MonthKey;
import org.partnersplatform.core.publication.MonthPublisher;
import org.partnersplatform.core.publication.PublishedMonths;
import org.partnersplatform.web.api.dto.MonthsRevisionDto;
import org.partnersplatform.web.api.dto.MonthsSummaryDto;

/** Publishing months and reading what was published, revision by revision. */
@Controller("/api/v1/months")
@Secured({"ADMIN"})
class MonthsApiController {

    private final MonthPublisher publisher;
    private final PublishedMonths published;

    MonthsApiController(MonthPublisher publisher, PublishedMonths published) {
        this.publisher = publisher;
        this.published = published;
    }

    @Post("/{month}/publish")
    HttpResponse<MonthsRevisionDto> publish(String month, Principal principal) {
        return HttpResponse.<MonthsRevisionDto>status(HttpStatus.CREATED)
                .body(MonthsRevisionDto.of(publisher.publish(MonthKey.parse(month), principal.getName())));
    }

    @Get
    List<MonthsSummaryDto> list() {
        return published.list().stream().map(MonthsSummaryDto::of).toList();
    }

    @Get("/{month}")
    MonthsRevisionDto latest(String month) {
        return MonthsRevisionDto.of(published.latest(MonthKey.parse(month)));
    }

    @Get("/{month}/revisions")
    List<MonthsRevisionDto.Change> revisions(String month) {
        return published.revisions(MonthKey.parse(month)).stream().map(MonthsRevisionDto.Change::of).toList();
    }

    @Get("/{month}/revisions/{revision}")
    MonthsRevisionDto revision(String month, String revision) {
        return MonthsRevisionDto.of(published.revision(MonthKey.parse(month), revisionNumber(revision)));
    }

    private static int revisionNumber(String value) {
        if (value.matches("[1-9]\\d{0,8}")) {
            return Integer.parseInt(value);
        }
        throw new InvalidRequestException("the revision \"" + value + "\" is not valid",
                Map.of("revision", "is a whole number from 1"));
    }
}
