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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.affiliation.ActiveMembers;
import org.partnersplatform.core.affiliation.AffiliationCommand;
import org.partnersplatform.core.affiliation.AffiliationService;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.organization.OrganizationService;
import org.partnersplatform.web.view.PageRenderer;

/**
 * A person's affiliations over time: add one (or move them to another organization from a date), edit, delete. A
 * refused change is shown on the form it came from, with the values kept, overlap message included.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/people/{id}/affiliations")
@Secured("ADMIN")
class AffiliationsAdminController {

    private static final List<String> ORIGINS = List.of("MANUAL", "SELF_DECLARED", "IMPORT");

    private final AffiliationService affiliations;
    private final ActiveMembers members;
    private final OrganizationService organizations;
    private final PageRenderer pages;

    AffiliationsAdminController(AffiliationService affiliations, ActiveMembers members,
                                OrganizationService organizations, PageRenderer pages) {
        this.affiliations = affiliations;
        this.members = members;
        this.organizations = organizations;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(long id, HttpRequest<?> request) {
        return render(id, request, HttpStatus.OK, Map.of(), null, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(long id, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(id, request, form, null, () -> affiliations.add(id, command(form)));
    }

    @Post("/{affiliationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(long id, long affiliationId, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(id, request, form, affiliationId, () -> affiliations.update(id, affiliationId, command(form)));
    }

    @Post("/{affiliationId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, long affiliationId, HttpRequest<?> request) {
        return act(id, request, Map.of(), affiliationId, () -> affiliations.delete(id, affiliationId));
    }

    private HttpResponse<?> act(long id, HttpRequest<?> request, Map<String, String> form,
                                @Nullable Long affiliationId, Runnable change) {
        try {
            change.run();
            return HttpResponse.seeOther(URI.create("/admin/people/" + id + "/affiliations"));
        } catch (InvalidRequestException e) {
            return render(id, request, HttpStatus.BAD_REQUEST, form, affiliationId,
                    e.getMessage() + ": " + String.join("; ", e.problemLines()));
        } catch (ConflictException e) {
            return render(id, request, HttpStatus.CONFLICT, form, affiliationId, e.getMessage());
        } catch (NotFoundException e) {
            return render(id, request, HttpStatus.NOT_FOUND, form, affiliationId, e.getMessage());
        }
    }

    private static AffiliationCommand command(Map<String, String> form) {
        return new AffiliationCommand(form.get("organization"), form.get("from"), form.get("to"),
                form.get("origin"), form.get("note"), form.containsKey("endPrevious"));
    }

    /**
     * The page; an error goes with the form it came from: the add form ({@code failed == null}) or an affiliation's
     * row.
     */
    private HttpResponse<String> render(long id, HttpRequest<?> request, HttpStatus status, Map<String, String> form,
                                        @Nullable Long failed, @Nullable String error) {
        Member member = members.get(id);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", member.displayName() + ": affiliations");
        model.put("member", member);
        model.put("active", member.active());
        model.put("affiliations", affiliations.list(id).stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("affiliation", a);
            row.put("error", a.id() == (failed == null ? -1 : failed) ? error : null);
            row.put("origins", ORIGINS.stream().map(o -> Map.of("name", o, "selected", o.equals(a.origin().name())))
                    .toList());
            return row;
        }).toList());
        model.put("organizations", organizations.list(null).stream()
                .filter(o -> o.status() != OrganizationStatus.DISMISSED).toList());
        model.put("origins", ORIGINS.stream().map(o -> Map.of("name", o,
                "selected", o.equals(form.getOrDefault("origin", "MANUAL")))).toList());
        model.put("form", failed == null ? form : Map.of());
        model.put("error", failed == null ? error : null);
        return pages.page("admin/affiliations", model, request).status(status);
    }
}
