package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.partnersplatform.core.identity.OrganizationStatus;

/**
 * An organization as the administration sees it.
 *
 * @param mergedInto the slug of the organization it was merged into, if it was
 * @param domains its email domains, sorted
 * @param aliases its other names, sorted
 * @param membersToday how many people (not merged, not erased) have an affiliation with it that holds today
 */
public record OrganizationView(long id, String slug, String name, @Nullable String website, @Nullable String country,
                               OrganizationStatus status, boolean staff, Instant createdAt,
                               @Nullable String mergedInto, List<String> domains, List<String> aliases,
                               long membersToday) {

    public OrganizationView {
        domains = List.copyOf(domains);
        aliases = List.copyOf(aliases);
    }
}
