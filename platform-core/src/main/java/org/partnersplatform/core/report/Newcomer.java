package org.partnersplatform.core.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A person new in a period: a new contributor (first accepted contribution ever) or a new member (first accepted
 * activity of any kind ever).
 *
 * @param slug {@code member-<id>}
 * @param organization the name of the organization the first activity counted for, or {@code null} when independent
 * @param organizationSlug that organization's slug, or {@code null}
 * @param firstOn the day of that first activity, in the deployment's time zone
 */
@Serdeable
public record Newcomer(String slug, String name, @Nullable String organization, @Nullable String organizationSlug,
                       LocalDate firstOn) {

    /** The same person under another name. */
    Newcomer named(String newName) {
        return new Newcomer(slug, newName, organization, organizationSlug, firstOn);
    }
}
