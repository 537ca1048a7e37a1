package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Something that happened to a partnership in a month, with why and under which policy version. */
@MappedEntity("partnership_event")
public record PartnershipEvent(@Id @GeneratedValue @Nullable Long id, Long organizationId, PartnershipEventKind kind,
                               String calendarMonth, String reason, String policyVersion, Instant createdAt) {
}
