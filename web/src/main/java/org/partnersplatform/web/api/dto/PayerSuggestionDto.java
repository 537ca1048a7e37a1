package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.payment.PayerSuggestion;

/** An organization an unmatched payer may be, by name, and why. */
@Serdeable
public record PayerSuggestionDto(long payerId, String payer, String organization, String organizationName,
                                 String reason) {

    public static PayerSuggestionDto of(PayerSuggestion suggestion) {
        return new PayerSuggestionDto(suggestion.payerId(), suggestion.payerName(), suggestion.organizationSlug(),
                suggestion.organizationName(), suggestion.reason());
    }
}
