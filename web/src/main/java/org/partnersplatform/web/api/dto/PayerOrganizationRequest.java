package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.payment.PayerDecision;

/** {@code {"organization": slug}}, {@code {"individual": true}}, or neither to unmatch. */
@Serdeable
public record PayerOrganizationRequest(@Nullable String organization, @Nullable Boolean individual) {

    public PayerDecision toDecision() {
        return new PayerDecision(organization, Boolean.TRUE.equals(individual));
    }
}
