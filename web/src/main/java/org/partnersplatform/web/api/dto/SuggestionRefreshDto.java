package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.people.MergeSuggestions;

/** What a refresh of the suggestions did: pairs added (or pending again), pairs made obsolete. */
@Serdeable
public record SuggestionRefreshDto(int added, int obsoleted) {

    public static SuggestionRefreshDto of(MergeSuggestions.Refresh refresh) {
        return new SuggestionRefreshDto(refresh.added(), refresh.obsoleted());
    }
}
