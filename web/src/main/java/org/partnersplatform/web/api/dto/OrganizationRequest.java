package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.partnersplatform.core.organization.OrganizationCommand;

/**
 * {@code {"name": "Acme", "website": "https://acme.example", "country": "DEU", "domains": ["acme.example"]}}: an
 * organization to create or update. {@code domains} is read on creation only; domains change through their own
 * endpoints.
 */
@Serdeable
public record OrganizationRequest(@Nullable String name, @Nullable String website, @Nullable String country,
                                  @Nullable List<String> domains) {

    public OrganizationCommand toCommand() {
        return new OrganizationCommand(name, website, country);
    }

    public List<String> domainsOrNone() {
        return domains == null ? List.of() : domains;
    }
}
