package org.partnersplatform.web.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.util.List;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.web.api.dto.RejectionDto;
import org.partnersplatform.web.api.dto.SyncRunDto;

/** Sync runs: progress, counts and what was rejected. */
@Controller("/api/v1/syncs")
@Secured("ADMIN")
class SyncsApiController {

    private final SyncService syncs;
    private final Clock clock;

    SyncsApiController(SyncService syncs, Clock clock) {
        this.syncs = syncs;
        this.clock = clock;
    }

    @Get("/{runId}")
    SyncRunDto get(long runId) {
        return SyncRunDto.of(syncs.get(runId), clock.instant());
    }

    @Get("/{runId}/rejections")
    List<RejectionDto> rejections(long runId) {
        return syncs.rejectionsOf(runId).stream().map(r -> new RejectionDto(r.itemId(), r.reason())).toList();
    }
}
