package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.alert.PartnerOrganizations;
import org.partnersplatform.core.eligibility.GrandfatheringSuggestions;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.membership.GrandfatheringCommand;
import org.partnersplatform.core.membership.GrandfatheringService;
import org.partnersplatform.core.membership.MembershipCommand;
import org.partnersplatform.core.membership.MembershipService;
import org.partnersplatform.core.organization.OrganizationAliases;
import org.partnersplatform.core.organization.OrganizationCommand;
import org.partnersplatform.core.organization.OrganizationDomains;
import org.partnersplatform.core.organization.OrganizationMerges;
import org.partnersplatform.core.organization.OrganizationService;
import org.partnersplatform.core.organization.OrganizationView;
import org.partnersplatform.core.organization.OrganizationViews;
import org.partnersplatform.core.organization.Organizations;
import org.partnersplatform.web.view.PageRenderer;

/**
 * One organization's page: details, domains, aliases, the staff flag, a link to its eligibility, its memberships and
 * grandfathered sponsorship, the people affiliated with it, merging another organization into it, and the merges it
 * took part in (undo). Each change goes back to the page, or shows why it was
 * refused.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/organizations/{slug}")
@Secured("ADMIN")
class OrganizationAdminController {

    private final OrganizationService organizations;
    private final Organizations finder;
    private final OrganizationViews views;
    private final OrganizationDomains domains;
    private final OrganizationAliases aliases;
    private final OrganizationMerges merges;
    private final PartnerOrganizations partners;
    private final MembershipService memberships;
    private final GrandfatheringService grandfathering;
    private final GrandfatheringSuggestions suggestions;
    private final PageRenderer pages;

    OrganizationAdminController(OrganizationService organizations, Organizations finder, OrganizationViews views,
                                OrganizationDomains domains, OrganizationAliases aliases, OrganizationMerges merges,
                                PartnerOrganizations partners, MembershipService memberships,
                                GrandfatheringService grandfathering, GrandfatheringSuggestions suggestions,
                                PageRenderer pages) {
        this.memberships = memberships;
        this.grandfathering = grandfathering;
        this.suggestions = suggestions;
        this.organizations = organizations;
        this.finder = finder;
        this.views = views;
        this.domains = domains;
        this.aliases = aliases;
        this.merges = merges;
        this.partners = partners;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(String slug, HttpRequest<?> request) {
        return render(slug, request, HttpStatus.OK, null);
    }

    @Post("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(slug, request, () -> organizations.update(slug, new OrganizationCommand(form.get("name"),
                form.get("website"), form.get("country"))));
    }

    @Post("/staff")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> staff(String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(slug, request, () -> organizations.setStaff(slug, Boolean.parseBoolean(form.get("value"))));
    }

    @Post("/domains")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addDomain(String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(slug, request, () -> domains.add(slug, form.get("domain")));
    }

    @Post("/domains/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeDomain(String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(slug, request, () -> {
            domains.remove(slug, form.get("domain"));
            return null;
        });
    }

    @Post("/aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addAlias(String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(slug, request, () -> aliases.add(slug, form.get("alias")));
    }

    @Post("/aliases/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeAlias(String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(slug, request, () -> {
            aliases.remove(slug, form.get("alias"));
            return null;
        });
    }

    @Post("/merges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> mergeInto(String slug, @Body Map<String, String> form, Principal principal,
                              HttpRequest<?> request) {
        return act(slug, request, () -> merges.merge(form.get("source"), slug, principal.getName()));
    }

    @Post("/merges/{mergeId}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> undo(String slug, long mergeId, Principal principal, HttpRequest<?> request) {
        return act(slug, request, () -> merges.undo(mergeId, principal.getName()));
    }

    @Post("/memberships")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMembership(String slug, @Body Map<String, String> form, Principal principal,
                                  HttpRequest<?> request) {
        return act(slug, request, () -> memberships.create(slug, new MembershipCommand(form.get("kind"),
                form.get("tier"), form.get("startsOn"), form.get("endsOn"), form.get("note")), principal.getName()));
    }

    @Post("/memberships/{membershipId}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> endMembership(String slug, long membershipId, @Body Map<String, String> form,
                                  HttpRequest<?> request) {
        return act(slug, request, () -> memberships.end(slug, membershipId, form.get("endsOn")));
    }

    @Post("/grandfathering")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> grandfather(String slug, @Body Map<String, String> form, Principal principal,
                                HttpRequest<?> request) {
        return act(slug, request, () -> grandfathering.record(slug, new GrandfatheringCommand(form.get("monthlyUsd"),
                form.get("since"), form.get("evidence")), principal.getName()));
    }

    /** Runs a change and goes back to the page, or shows the page with why it was refused. */
    private HttpResponse<?> act(String slug, HttpRequest<?> request, Supplier<Object> change) {
        try {
            change.get();
            return HttpResponse.seeOther(URI.create("/admin/organizations/" + finder.bySlug(slug).slug()));
        } catch (InvalidRequestException e) {
            return render(slug, request, HttpStatus.BAD_REQUEST,
                    e.getMessage() + ": " + String.join("; ", e.problemLines()));
        } catch (ConflictException e) {
            return render(slug, request, HttpStatus.CONFLICT, e.getMessage());
        } catch (NotFoundException e) {
            return render(slug, request, HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private HttpResponse<String> render(String slug, HttpRequest<?> request, HttpStatus status,
                                        @Nullable String error) {
        OrganizationView organization = organizations.get(slug);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", organization.name());
        model.put("organization", organization);
        model.put("partner", partners.isPartner(slug));
        model.put("editable", organization.mergedInto() == null
                && organization.status() != OrganizationStatus.DISMISSED);
        model.put("members", views.members(finder.bySlug(slug)));
        model.put("merges", merges.involving(slug));
        model.put("others", organizations.list(null).stream()
                .filter(o -> o.id() != organization.id() && o.status() != OrganizationStatus.DISMISSED).toList());
        model.put("memberships", memberships.list(slug));
        model.put("grandfatheringRule", grandfathering.rule());
        model.put("grandfathered", grandfathering.recorded(slug));
        model.put("grandfatheringSuggestion", suggestions.suggestion(slug));
        model.put("error", error);
        return pages.page("admin/organization", model, request).status(status);
    }
}
