package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;

/**
 * A new identity rule as an administrator enters it.
 *
 * @param field {@code EMAIL} or {@code USERNAME}
 * @param value the email or username to match (compared lower-cased)
 * @param source a source id to limit the rule to, or none for every source
 * @param memberId the member the matching identities belong to
 */
public record IdentityRuleCommand(@Nullable String field, @Nullable String value, @Nullable String source,
                                  @Nullable Long memberId) {
}
