package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import org.partnersplatform.core.affiliation.ClaimView;

/** A claim as administrators see it, with the decision once there is one. */
@Serdeable
public record ClaimDto(long id, long memberId, String memberName, AffiliationDto.Organization organization,
                       @Nullable LocalDate from, @Nullable LocalDate to, String evidence, String claimantName,
                       String claimantEmail, String role, String status, @Nullable String decisionNote,
                       @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable Long affiliationId,
                       Instant createdAt) {

    public static ClaimDto of(ClaimView claim) {
        return new ClaimDto(claim.id(), claim.memberId(), claim.memberName(), new AffiliationDto.Organization(
                claim.organizationSlug(), claim.organizationName()), claim.from(), claim.to(), claim.evidence(),
                claim.claimantName(), claim.claimantEmail(), claim.role().name(), claim.status().name(),
                claim.decisionNote(), claim.decidedBy(), claim.decidedAt(), claim.affiliationId(), claim.createdAt());
    }
}
