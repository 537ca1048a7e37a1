package org.partnersplatform.core.organization;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A domain whose provisional organization an administrator dismissed: the email domain rule creates no organization
 * for it (or its subdomains) again, so its people stay independent until the domain is given to an organization.
 */
@MappedEntity("dismissed_domain")
public record DismissedDomain(@Id String domain, Instant dismissedAt) {
}
