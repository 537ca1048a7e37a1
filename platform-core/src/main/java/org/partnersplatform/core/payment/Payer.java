package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Who paid, as one origin (a finance source's id, {@code csv} or {@code manual}) knows them, unique by (origin,
 * account id), with the organization a rule or an administrator matched them to.
 */
@MappedEntity("payer")
public record Payer(@Id @GeneratedValue @Nullable Long id, String origin, String accountId, @Nullable String name,
                    @Nullable String email, @Nullable String website, @Nullable Long organizationId,
                    @Nullable MatchedBy matchedBy, @Nullable Instant matchedAt, boolean individual,
                    Instant createdAt) {

    /** The same payer with other contact details. */
    Payer withDetails(@Nullable String name, @Nullable String email, @Nullable String website) {
        return new Payer(id, origin, accountId, name, email, website, organizationId, matchedBy, matchedAt, individual,
                createdAt);
    }

    /** The same payer matched to an organization (or to none), as {@code by} decided at {@code at}. */
    Payer withMatch(@Nullable Long organization, @Nullable MatchedBy by, @Nullable Instant at, boolean isIndividual) {
        return new Payer(id, origin, accountId, name, email, website, organization, by, at, isIndividual, createdAt);
    }
}
