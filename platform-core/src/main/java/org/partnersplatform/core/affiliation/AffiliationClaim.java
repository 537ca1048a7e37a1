package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A proposed affiliation of a member with an organization, with the evidence for it, waiting for an administrator's
 * decision. The claimant's email is held to answer them and is never logged.
 */
@MappedEntity("affiliation_claim")
public record AffiliationClaim(@Id @GeneratedValue @Nullable Long id, Long memberId, Long organizationId,
                               @Nullable LocalDate validFrom, @Nullable LocalDate validTo, String evidence,
                               String claimantName, String claimantEmail, ClaimantRole claimantRole,
                               ClaimStatus status, @Nullable String decisionNote, @Nullable String decidedBy,
                               @Nullable Instant decidedAt, @Nullable Long affiliationId, Instant createdAt) {

    /** The claim with an administrator's decision. */
    AffiliationClaim decided(ClaimStatus decision, @Nullable String note, String by, Instant at,
                             @Nullable Long affiliation) {
        return new AffiliationClaim(id, memberId, organizationId, validFrom, validTo, evidence, claimantName,
                claimantEmail, claimantRole, decision, note, by, at, affiliation, createdAt);
    }
}
