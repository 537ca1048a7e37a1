package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.partnersplatform.core.partnership.PartnerLifecycle;

/** What evaluating a month did: partners looked at, events recorded, alerts raised (ids). */
@Serdeable
public record EvaluationDto(String month, int partners, List<PartnershipEventDto> events, List<Long> alerts) {

    public static EvaluationDto of(PartnerLifecycle.Evaluation evaluation) {
        return new EvaluationDto(evaluation.month().toString(), evaluation.partners(),
                evaluation.events().stream().map(PartnershipEventDto::of).toList(),
                evaluation.alerts().stream().map(a -> a.id()).toList());
    }
}
