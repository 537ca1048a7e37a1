package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import org.partnersplatform.core.identity.AffiliationOrigin;

/** One affiliation of a person with an organization, for the organization's page. */
public record OrganizationMemberView(long memberId, String displayName, long affiliationId,
                                     @Nullable LocalDate from, @Nullable LocalDate to, AffiliationOrigin origin) {
}
