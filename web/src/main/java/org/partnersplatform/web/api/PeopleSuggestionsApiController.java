package org.partnersplatform.web.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.people.MergeSuggestions;
import org.partnersplatform.web.api.dto.MergeDto;
import org.partnersplatform.web.api.dto.SuggestionDto;
import org.partnersplatform.web.api.dto.SuggestionRefreshDto;

/** Suggestions that two people are one: the pending ones, a refresh, and the administrator's decision. */
@Controller("/api/v1/people/suggestions")
@Secured({"ADMIN"})
class PeopleSuggestionsApiController {

    private final MergeSuggestions suggestions;

    PeopleSuggestionsApiController(MergeSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Get
    List<SuggestionDto> pending() {
        return suggestions.pending().stream().map(SuggestionDto::of).toList();
    }

    @Post("/refresh")
    SuggestionRefreshDto refresh() {
        return SuggestionRefreshDto.of(suggestions.refresh());
    }

    @Post("/{id}/accept")
    MergeDto accept(long id, Principal principal) {
        return MergeDto.of(suggestions.accept(id, principal.getName()));
    }

    @Post("/{id}/reject")
    SuggestionDto reject(long id, Principal principal) {
        return SuggestionDto.of(suggestions.reject(id, principal.getName()));
    }
}
