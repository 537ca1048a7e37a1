package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;

/**
 * A claim as submitted on the public form or through the API, unparsed.
 *
 * @param memberId the person the claim is about
 * @param organization slug, alias or name of the organization
 * @param from first day, {@code YYYY-MM-DD} (required)
 * @param to last day, {@code YYYY-MM-DD}, or blank for "still there"
 * @param evidence why it is true (a link, a profile, a statement), at most 2000 characters
 * @param claimantName who submits it
 * @param claimantEmail where to answer them
 * @param role PERSON (the person themself) or REPRESENTATIVE (of the organization)
 */
public record ClaimCommand(@Nullable Long memberId, @Nullable String organization, @Nullable String from,
                           @Nullable String to, @Nullable String evidence, @Nullable String claimantName,
                           @Nullable String claimantEmail, @Nullable String role) {
}
