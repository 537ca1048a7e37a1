package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.partnersplatform.core.ingest.PageOutcome;

/** What a pushed request stored. */
@Serdeable
public record PushResultDto(int received, int created, int updated, int unchanged, List<RejectionDto> rejected) {

    public static PushResultDto of(PageOutcome outcome) {
        return new PushResultDto(outcome.fetched(), outcome.created(), outcome.updated(), outcome.unchanged(),
                outcome.rejected().stream().map(r -> new RejectionDto(r.itemId(), r.reason())).toList());
    }
}
