package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.alert.PartnerOrganizations;
import org.partnersplatform.web.api.dto.OrganizationPartnerDto;
import org.partnersplatform.web.api.dto.OrganizationPartnerRequest;

/** The partner flag of an organization, which the "below the practical minimum" alert reads. */
@Controller("/api/v1/organizations")
@Secured("ADMIN")
class OrganizationPartnerApiController {

    private final PartnerOrganizations partners;

    OrganizationPartnerApiController(PartnerOrganizations partners) {
        this.partners = partners;
    }

    @Put("/{slug}/partner")
    OrganizationPartnerDto partner(String slug, @Body @Nullable OrganizationPartnerRequest request) {
        if (request == null || request.value() == null) {
            throw new InvalidRequestException("the partner flag is missing: send {\"value\": true} or false",
                    Map.of("value", "is true or false"));
        }
        return new OrganizationPartnerDto(slug, partners.setPartner(slug, request.value()));
    }
}
