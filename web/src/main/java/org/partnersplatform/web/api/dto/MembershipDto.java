package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import org.partnersplatform.core.membership.Membership;

/** A membership: {@code endsOn} is its last day, {@code null} while it runs. */
@Serdeable
public record MembershipDto(long id, String kind, @Nullable String tier, LocalDate startsOn,
                            @Nullable LocalDate endsOn, @Nullable String note, String createdBy, Instant createdAt) {

    public static MembershipDto of(Membership membership) {
        return new MembershipDto(membership.id(), membership.kind(), membership.tier(), membership.startsOn(),
                membership.endsOn(), membership.note(), membership.createdBy(), membership.createdAt());
    }
}
