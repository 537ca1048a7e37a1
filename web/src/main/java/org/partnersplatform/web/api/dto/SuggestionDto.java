package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.partnersplatform.core.people.MergeSuggestion;

/** A suggestion that two people are one: the two member ids (older first), why, how sure, and its status. */
@Serdeable
public record SuggestionDto(long id, List<Long> memberIds, String reason, BigDecimal confidence, String status) {

    public static SuggestionDto of(MergeSuggestion suggestion) {
        return new SuggestionDto(suggestion.id(), List.of(suggestion.memberAId(), suggestion.memberBId()),
                suggestion.reason(), suggestion.confidence(), suggestion.status().name());
    }
}
