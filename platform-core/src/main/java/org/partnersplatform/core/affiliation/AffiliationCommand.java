package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;

/**
 * An affiliation as a person gives it, unparsed, so that every path (API, admin form, claim, import) is validated the
 * same way by {@link AffiliationService}.
 *
 * @param organization slug, alias or name of the organization
 * @param from first day, {@code YYYY-MM-DD}, or blank for open
 * @param to last day, {@code YYYY-MM-DD}, or blank for open
 * @param origin MANUAL (the default), SELF_DECLARED or IMPORT; EMAIL_DOMAIN is for the domain rule only
 * @param note what the affiliation rests on, at most 1000 characters
 * @param endPrevious whether to end, on the day before {@code from}, the member's other affiliations that began
 *        before {@code from} and run past it: a move from one organization to another in one step
 */
public record AffiliationCommand(@Nullable String organization, @Nullable String from, @Nullable String to,
                                 @Nullable String origin, @Nullable String note, boolean endPrevious) {
}
