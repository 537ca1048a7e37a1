package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.affiliation.ClaimView;

/** What an anonymous claimant gets back: the claim's number and state, nothing of what the platform holds. */
@Serdeable
public record ClaimReceiptDto(long id, String status, String message) {

    public static ClaimReceiptDto of(ClaimView claim) {
        return new ClaimReceiptDto(claim.id(), claim.status().name(),
                "Thank you: an administrator will review the claim.");
    }
}
