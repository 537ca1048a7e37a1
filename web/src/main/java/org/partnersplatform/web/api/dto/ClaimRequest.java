package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.affiliation.ClaimCommand;

/**
 * {@code {"memberId": 42, "organization": "acme", "from": "2024-03-01", "to": null, "evidence": "...",
 * "claimantName": "...", "claimantEmail": "...", "role": "PERSON"}}: a proposed affiliation.
 */
@Serdeable
public record ClaimRequest(@Nullable Long memberId, @Nullable String organization, @Nullable String from,
                           @Nullable String to, @Nullable String evidence, @Nullable String claimantName,
                           @Nullable String claimantEmail, @Nullable String role) {

    public ClaimCommand toCommand() {
        return new ClaimCommand(memberId, organization, from, to, evidence, claimantName, claimantEmail, role);
    }
}
