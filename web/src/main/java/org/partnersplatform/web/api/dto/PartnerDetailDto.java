package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A partnership with its events, oldest first. */
@Serdeable
public record PartnerDetailDto(PartnerDto partner, List<PartnershipEventDto> events) {
}
