package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.affiliation.AffiliationCommand;

/**
 * {@code {"organization": "acme", "from": "2024-03-01", "to": null, "origin": "MANUAL", "note": "...",
 * "endPrevious": true}}: an affiliation to add or the new state of one. The organization by slug (or alias or name);
 * dates {@code YYYY-MM-DD} or null for open.
 */
@Serdeable
public record AffiliationRequest(@Nullable String organization, @Nullable String from, @Nullable String to,
                                 @Nullable String origin, @Nullable String note, @Nullable Boolean endPrevious) {

    public AffiliationCommand toCommand() {
        return new AffiliationCommand(organization, from, to, origin, note, Boolean.TRUE.equals(endPrevious));
    }
}
