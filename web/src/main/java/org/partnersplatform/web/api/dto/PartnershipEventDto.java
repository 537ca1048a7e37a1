package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.partnership.PartnershipEvent;

/** Something that happened to a partnership. */
@Serdeable
public record PartnershipEventDto(String kind, String month, String reason, String policyVersion,
                                  Instant createdAt) {

    public static PartnershipEventDto of(PartnershipEvent event) {
        return new PartnershipEventDto(event.kind().name(), event.calendarMonth(), event.reason(),
                event.policyVersion(), event.createdAt());
    }
}
