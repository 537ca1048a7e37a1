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
import org.partnersplatform.core.conduct.ConductRegister;
import org.partnersplatform.web.api.dto.IncidentDto;
import org.partnersplatform.web.api.dto.IncidentRequest;

/** The code-of-conduct register, for reviewers only: administrators who are not reviewers get a 403. */
@Controller("/api/v1/conduct-incidents")
@Secured("REVIEWER")
class ConductIncidentsApiController {

    private final ConductRegister register;

    ConductIncidentsApiController(ConductRegister register) {
        this.register = register;
    }

    @Get
    List<IncidentDto> list() {
        return register.list().stream().map(IncidentDto::of).toList();
    }

    @Post
    HttpResponse<IncidentDto> record(@Body @Nullable IncidentRequest request, Principal principal) {
        IncidentDto recorded = IncidentDto.of(register.record(required(request).toCommand(), principal.getName()));
        return HttpResponse.created(recorded, URI.create("/api/v1/conduct-incidents/" + recorded.id()));
    }

    @Put("/{id}")
    IncidentDto update(long id, @Body @Nullable IncidentRequest request) {
        return IncidentDto.of(register.update(id, required(request).toCommand()));
    }

    private static IncidentRequest required(@Nullable IncidentRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"organization\": ..., \"memberId\": ...,"
                    + " \"occurredOn\": ..., \"outcome\": ..., \"summary\": ...}");
        }
        return request;
    }
}
