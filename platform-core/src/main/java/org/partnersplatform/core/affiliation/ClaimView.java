package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/** A claim with the names of its member and organization, for administrators. */
public record ClaimView(long id, long memberId, String memberName, String organizationSlug, String organizationName,
                        @Nullable LocalDate from, @Nullable LocalDate to, String evidence, String claimantName,
                        String claimantEmail, ClaimantRole role, ClaimStatus status, @Nullable String decisionNote,
                        @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable Long affiliationId,
                        Instant createdAt) {
}
