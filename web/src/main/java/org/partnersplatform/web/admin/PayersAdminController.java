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
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.payment.PayerDecision;
import org.partnersplatform.core.payment.PayerService;
import org.partnersplatform.core.payment.PayerSuggestions;
import org.partnersplatform.web.view.PageRenderer;

/** The payers page: each payer's match, the forms to match, unmatch or mark an individual, and name suggestions. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/payers")
@Secured("ADMIN")
class PayersAdminController {

    private final PayerService payers;
    private final PayerSuggestions suggestions;
    private final PageRenderer pages;

    PayersAdminController(PayerService payers, PayerSuggestions suggestions, PageRenderer pages) {
        this.payers = payers;
        this.suggestions = suggestions;
        this.pages = pages;
    }

    @Get("{?unmatched}")
    HttpResponse<String> show(@Nullable @QueryValue Boolean unmatched, HttpRequest<?> request) {
        return render(request, HttpStatus.OK, Boolean.TRUE.equals(unmatched), null);
    }

    /** Applies {@code decision} = {@code match} (with {@code organization}), {@code individual} or {@code unmatch}. */
    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> decide(long id, @Body Map<String, String> form, Principal principal,
                                HttpRequest<?> request) {
        String decision = form.getOrDefault("decision", "");
        PayerDecision chosen = switch (decision) {
            case "match" -> new PayerDecision(form.getOrDefault("organization", ""), false);
            case "individual" -> new PayerDecision(null, true);
            default -> PayerDecision.unmatch();
        };
        try {
            if ("match".equals(decision) && chosen.organization().isBlank()) {
                throw new InvalidRequestException("choose the organization to match payer " + id + " to");
            }
            payers.decide(id, chosen, principal.getName());
            return HttpResponse.<String>seeOther(URI.create("/admin/payers"));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, false, e.getMessage());
        } catch (NotFoundException e) {
            return render(request, HttpStatus.NOT_FOUND, false, e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, boolean unmatched, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Payers");
        model.put("unmatched", unmatched);
        model.put("payers", payers.list(unmatched));
        model.put("suggestions", suggestions.suggestions());
        model.put("error", error);
        return pages.page("admin/payers", model, request).status(status);
    }
}
