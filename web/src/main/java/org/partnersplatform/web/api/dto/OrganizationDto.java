package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.partnersplatform.core.organization.OrganizationView;

/**
 * An organization in the API.
 *
 * @param mergedInto the slug of the organization it was merged into, if it was
 * @param membersToday how many people have an affiliation with it that holds today
 */
@Serdeable
public record OrganizationDto(long id, String slug, String name, @Nullable String website, @Nullable String country,
                              String status, boolean staff, Instant createdAt, @Nullable String mergedInto,
                              List<String> domains, List<String> aliases, long membersToday) {

    public static OrganizationDto of(OrganizationView view) {
        return new OrganizationDto(view.id(), view.slug(), view.name(), view.website(), view.country(),
                view.status().name(), view.staff(), view.createdAt(), view.mergedInto(), view.domains(),
                view.aliases(), view.membersToday());
    }
}
