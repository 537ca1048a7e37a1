package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.membership.MembershipCommand;

/**
 * {@code {"kind": "corporate member", "tier": "gold", "startsOn": "2026-01-01", "endsOn": null, "note": "..."}}: a
 * membership to record. To end one, send only {@code endsOn} to {@code PUT .../memberships/{id}}.
 */
@Serdeable
public record MembershipRequest(@Nullable String kind, @Nullable String tier, @Nullable String startsOn,
                                @Nullable String endsOn, @Nullable String note) {

    public MembershipCommand toCommand() {
        return new MembershipCommand(kind, tier, startsOn, endsOn, note);
    }
}
