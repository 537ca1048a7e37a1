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
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.affiliation.ClaimService;
import org.partnersplatform.core.affiliation.ClaimView;
import org.partnersplatform.web.view.PageRenderer;

/**
 * Affiliation claims waiting for a decision (or decided): approve one (its affiliation is added, ending the person's
 * earlier ones on the day before) or reject it, with a note. A refused approval (an overlap) is shown on the page and
 * the claim stays pending.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/claims")
@Secured("ADMIN")
class ClaimsAdminController {

    private static final List<String> STATUSES = List.of("PENDING", "APPROVED", "REJECTED");

    private final ClaimService claims;
    private final PageRenderer pages;

    ClaimsAdminController(ClaimService claims, PageRenderer pages) {
        this.claims = claims;
        this.pages = pages;
    }

    @Get("{?status}")
    HttpResponse<String> list(@Nullable @QueryValue String status, HttpRequest<?> request) {
        return render(request, HttpStatus.OK, status == null ? "PENDING" : status, null);
    }

    @Post("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(long id, @Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        return act(request, () -> claims.approve(id, form.get("note"), principal.getName()));
    }

    @Post("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(long id, @Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        return act(request, () -> claims.reject(id, form.get("note"), principal.getName()));
    }

    private HttpResponse<?> act(HttpRequest<?> request, Supplier<ClaimView> decision) {
        try {
            decision.get();
            return HttpResponse.seeOther(URI.create("/admin/claims"));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, "PENDING",
                    e.getMessage() + ": " + String.join("; ", e.problemLines()));
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, "PENDING", e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String filter,
                                        @Nullable String error) {
        String chosen = filter.strip().toUpperCase(Locale.ROOT);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Affiliation claims");
        model.put("claims", claims.list(chosen));
        model.put("pending", "PENDING".equals(chosen));
        model.put("filters", STATUSES.stream().map(s -> Map.of("status", s, "chosen", s.equals(chosen))).toList());
        model.put("error", error);
        return pages.page("admin/claims", model, request).status(status);
    }
}
