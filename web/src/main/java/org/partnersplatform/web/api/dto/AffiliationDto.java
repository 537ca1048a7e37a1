package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.partnersplatform.core.affiliation.AffiliationView;

/**
 * A dated affiliation: {@code from} and {@code to} are inclusive days, {@code null} when open; {@code setAside} when a
 * member merge set it aside (it does not count until that merge is undone).
 */
@Serdeable
public record AffiliationDto(long id, long memberId, Organization organization, @Nullable LocalDate from,
                             @Nullable LocalDate to, String origin, @Nullable String note, boolean setAside) {

    /** The organization of an affiliation. */
    @Serdeable
    public record Organization(String slug, String name) {
    }

    public static AffiliationDto of(AffiliationView view) {
        return new AffiliationDto(view.id(), view.memberId(), new Organization(view.organizationSlug(),
                view.organizationName()), view.from(), view.to(), view.origin().name(), view.note(), view.setAside());
    }
}
