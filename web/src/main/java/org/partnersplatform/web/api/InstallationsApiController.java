package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.activity.ActivityListing;
import org.partnersplatform.core.ingest.RunTrigger;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.web.api.dto.ActivityDto;
import org.partnersplatform.web.api.dto.InstallationDto;
import org.partnersplatform.web.api.dto.InstallationRequest;
import org.partnersplatform.web.api.dto.SyncRunDto;

/** Source installations: create, change, list, and start their sync runs. */
@Controller("/api/v1/installations")
@Secured("ADMIN")
class InstallationsApiController {

    private final InstallationService installations;
    private final SyncService syncs;
    private final ActivityListing activities;
    private final Clock clock;

    InstallationsApiController(InstallationService installations, SyncService syncs, ActivityListing activities,
                               Clock clock) {
        this.installations = installations;
        this.syncs = syncs;
        this.activities = activities;
        this.clock = clock;
    }

    @Get
    List<InstallationDto> list() {
        return installations.list().stream().map(InstallationDto::of).toList();
    }

    @Post
    HttpResponse<InstallationDto> create(@Body InstallationRequest request) {
        InstallationDto created = InstallationDto.of(installations.create(required(request).toCommand()));
        return HttpResponse.created(created, URI.create("/api/v1/installations/" + created.id()));
    }

    @Get("/{id}")
    InstallationDto get(long id) {
        return InstallationDto.of(installations.get(id));
    }

    @Put("/{id}")
    InstallationDto update(long id, @Body InstallationRequest request) {
        return InstallationDto.of(installations.update(id, required(request).toCommand()));
    }

    @Get("/{id}/activities{?limit,offset}")
    List<ActivityDto> activities(long id, @Nullable Integer limit, @Nullable Integer offset) {
        installations.get(id);
        return activities.ofInstallation(id, limit == null ? 50 : limit, offset == null ? 0 : offset).stream()
                .map(ActivityDto::of).toList();
    }

    @Post("/{id}/syncs")
    HttpResponse<SyncRunDto> startSync(long id) {
        SyncRunDto run = SyncRunDto.of(syncs.start(id, RunTrigger.MANUAL), clock.instant());
        return HttpResponse.<SyncRunDto>status(HttpStatus.ACCEPTED).body(run)
                .header("Location", "/api/v1/syncs/" + run.id());
    }

    @Get("/{id}/syncs")
    List<SyncRunDto> runs(long id) {
        return syncs.runsOf(id).stream().map(run -> SyncRunDto.of(run, clock.instant())).toList();
    }

    private static InstallationRequest required(InstallationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"plugin\": ..., \"name\": ..., \"config\": {...}}");
        }
        return request;
    }
}
