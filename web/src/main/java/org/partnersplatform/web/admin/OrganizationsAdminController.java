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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.organization.OrganizationCommand;
import org.partnersplatform.core.organization.OrganizationService;
import org.partnersplatform.core.organization.OrganizationView;
import org.partnersplatform.core.organization.ProvisionalOrganizations;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The organizations list: filtered by status, provisional ones first with confirm, rename and dismiss; and a form to
 * enter a new organization with its domains.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/organizations")
@Secured("ADMIN")
class OrganizationsAdminController {

    private static final List<String> STATUSES = List.of("PROVISIONAL", "CONFIRMED", "DISMISSED");

    private final OrganizationService organizations;
    private final ProvisionalOrganizations provisional;
    private final PageRenderer pages;

    OrganizationsAdminController(OrganizationService organizations, ProvisionalOrganizations provisional,
                                 PageRenderer pages) {
        this.organizations = organizations;
        this.provisional = provisional;
        this.pages = pages;
    }

    @Get("{?status}")
    HttpResponse<String> list(@Nullable @QueryValue String status, HttpRequest<?> request) {
        return render(request, HttpStatus.OK, status, Map.of(), null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request) {
        List<String> domains = Arrays.stream(form.getOrDefault("domains", "").split("[,\\s]+"))
                .filter(d -> !d.isBlank()).toList();
        try {
            OrganizationView created = organizations.create(new OrganizationCommand(form.get("name"),
                    form.get("website"), form.get("country")), domains);
            return HttpResponse.seeOther(URI.create("/admin/organizations/" + created.slug()));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, null, form,
                    e.getMessage() + ": " + String.join("; ", e.problemLines()));
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, null, form, e.getMessage());
        }
    }

    @Post("/{slug}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(request, () -> provisional.confirm(slug, form.get("name")));
    }

    @Post("/{slug}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rename(String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(request, () -> {
            OrganizationView current = organizations.get(slug);
            return organizations.update(slug, new OrganizationCommand(form.get("name"), current.website(),
                    current.country()));
        });
    }

    @Post("/{slug}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dismiss(String slug, HttpRequest<?> request) {
        return act(request, () -> provisional.dismiss(slug));
    }

    /** Runs a change of a provisional organization and goes back to the provisional ones, or shows why it failed. */
    private HttpResponse<?> act(HttpRequest<?> request, Supplier<OrganizationView> change) {
        try {
            change.get();
            return HttpResponse.seeOther(URI.create("/admin/organizations?status=PROVISIONAL"));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, "PROVISIONAL", Map.of(),
                    e.getMessage() + ": " + String.join("; ", e.problemLines()));
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, "PROVISIONAL", Map.of(), e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, @Nullable String filter,
                                        Map<String, String> form, @Nullable String error) {
        String chosen = filter == null || filter.isBlank() ? "" : filter.strip().toUpperCase(Locale.ROOT);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Organizations");
        model.put("organizations", organizations.list(chosen.isEmpty() ? null : chosen));
        model.put("filters", STATUSES.stream().map(s -> Map.of("status", s, "chosen", s.equals(chosen))).toList());
        model.put("all", chosen.isEmpty());
        model.put("form", form);
        model.put("error", error);
        return pages.page("admin/organizations", model, request).status(status);
    }
}
