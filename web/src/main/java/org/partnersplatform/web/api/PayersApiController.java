package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.payment.PayerDecision;
import org.partnersplatform.core.payment.PayerService;
import org.partnersplatform.core.payment.PayerSuggestions;
import org.partnersplatform.web.api.dto.PayerDto;
import org.partnersplatform.web.api.dto.PayerOrganizationRequest;
import org.partnersplatform.web.api.dto.PayerSuggestionDto;

/** Payers: list them, match one to an organization, mark it as an individual or unmatch it; name suggestions. */
@Controller("/api/v1/payers")
@Secured("ADMIN")
class PayersApiController {

    private final PayerService payers;
    private final PayerSuggestions suggestions;

    PayersApiController(PayerService payers, PayerSuggestions suggestions) {
        this.payers = payers;
        this.suggestions = suggestions;
    }

    @Get("{?unmatched}")
    List<PayerDto> list(@Nullable Boolean unmatched) {
        return payers.list(Boolean.TRUE.equals(unmatched)).stream().map(PayerDto::of).toList();
    }

    @Get("/suggestions")
    List<PayerSuggestionDto> suggestions() {
        return suggestions.suggestions().stream().map(PayerSuggestionDto::of).toList();
    }

    @Put("/{id}/organization")
    PayerDto decide(long id, @Body @Nullable PayerOrganizationRequest request, Principal principal) {
        PayerDecision decision = request == null ? PayerDecision.unmatch() : request.toDecision();
        return PayerDto.of(payers.decide(id, decision, principal.getName()));
    }
}
