package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;

/**
 * An administrator's decision about a payer: an organization (by slug or alias), an individual, or neither, which
 * unmatches the payer and keeps the domain rules from matching it again.
 */
public record PayerDecision(@Nullable String organization, boolean individual) {

    /** The decision that unmatches. */
    public static PayerDecision unmatch() {
        return new PayerDecision(null, false);
    }
}
