package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.organization.OrganizationAliases;
import org.partnersplatform.core.organization.OrganizationDomains;
import org.partnersplatform.core.organization.OrganizationService;
import org.partnersplatform.core.organization.ProvisionalOrganizations;
import org.partnersplatform.web.api.dto.OrganizationAliasRequest;
import org.partnersplatform.web.api.dto.OrganizationDomainRequest;
import org.partnersplatform.web.api.dto.OrganizationDto;
import org.partnersplatform.web.api.dto.OrganizationNameRequest;
import org.partnersplatform.web.api.dto.OrganizationRequest;
import org.partnersplatform.web.api.dto.OrganizationStaffRequest;

/**
 * Organizations: list, create, edit; confirm or dismiss provisional ones; the staff flag; domains and aliases. An
 * organization is named by its slug in the path.
 */
@Controller("/api/v1/organizations")
@Secured("ADMIN")
class OrganizationsApiController {

    private final OrganizationService organizations;
    private final ProvisionalOrganizations provisional;
    private final OrganizationDomains domains;
    private final OrganizationAliases aliases;

    OrganizationsApiController(OrganizationService organizations, ProvisionalOrganizations provisional,
                               OrganizationDomains domains, OrganizationAliases aliases) {
        this.organizations = organizations;
        this.provisional = provisional;
        this.domains = domains;
        this.aliases = aliases;
    }

    @Get("{?status}")
    List<OrganizationDto> list(@Nullable @QueryValue String status) {
        return organizations.list(status).stream().map(OrganizationDto::of).toList();
    }

    @Get("/{slug}")
    OrganizationDto get(String slug) {
        return OrganizationDto.of(organizations.get(slug));
    }

    @Post
    HttpResponse<OrganizationDto> create(@Body @Nullable OrganizationRequest request) {
        OrganizationRequest body = required(request, "{\"name\": ..., \"website\": ..., \"country\": ...,"
                + " \"domains\": [...]}");
        OrganizationDto created = OrganizationDto.of(organizations.create(body.toCommand(), body.domainsOrNone()));
        return HttpResponse.created(created, URI.create("/api/v1/organizations/" + created.slug()));
    }

    @Put("/{slug}")
    OrganizationDto update(String slug, @Body @Nullable OrganizationRequest request) {
        return OrganizationDto.of(organizations.update(slug, required(request,
                "{\"name\": ..., \"website\": ..., \"country\": ...}").toCommand()));
    }

    @Post("/{slug}/confirm")
    OrganizationDto confirm(String slug, @Body @Nullable OrganizationNameRequest request) {
        return OrganizationDto.of(provisional.confirm(slug, request == null ? null : request.name()));
    }

    @Post("/{slug}/dismiss")
    OrganizationDto dismiss(String slug) {
        return OrganizationDto.of(provisional.dismiss(slug));
    }

    @Put("/{slug}/staff")
    OrganizationDto staff(String slug, @Body @Nullable OrganizationStaffRequest request) {
        if (request == null || request.value() == null) {
            throw new InvalidRequestException("the staff flag is missing: send {\"value\": true} or false",
                    Map.of("value", "is true or false"));
        }
        return OrganizationDto.of(organizations.setStaff(slug, request.value()));
    }

    @Post("/{slug}/domains")
    HttpResponse<OrganizationDto> addDomain(String slug, @Body @Nullable OrganizationDomainRequest request) {
        domains.add(slug, required(request, "{\"domain\": \"acme.example\"}").domain());
        return HttpResponse.created(OrganizationDto.of(organizations.get(slug)));
    }

    @Delete("/{slug}/domains/{domain}")
    HttpResponse<?> removeDomain(String slug, String domain) {
        domains.remove(slug, domain);
        return HttpResponse.noContent();
    }

    @Post("/{slug}/aliases")
    HttpResponse<OrganizationDto> addAlias(String slug, @Body @Nullable OrganizationAliasRequest request) {
        aliases.add(slug, required(request, "{\"alias\": \"ACME Corp.\"}").alias());
        return HttpResponse.created(OrganizationDto.of(organizations.get(slug)));
    }

    @Delete("/{slug}/aliases/{alias}")
    HttpResponse<?> removeAlias(String slug, String alias) {
        aliases.remove(slug, alias);
        return HttpResponse.noContent();
    }

    private static <T> T required(@Nullable T request, String shape) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send " + shape);
        }
        return request;
    }
}
