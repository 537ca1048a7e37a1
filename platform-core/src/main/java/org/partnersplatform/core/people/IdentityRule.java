package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An administrator's rule: identities whose email or username is {@code matchValue} (lower-case), on any source or
 * only on {@code source}, belong to a member. It applies to new identities as they are resolved and, when it is
 * added, to the existing ones (as merges that can be undone). It never moves identities in or out of a locked member.
 */
@MappedEntity("identity_rule")
public record IdentityRule(@Id @GeneratedValue @Nullable Long id, RuleField matchField, String matchValue,
                           @Nullable String source, Long memberId, String createdBy, Instant createdAt) {
}
