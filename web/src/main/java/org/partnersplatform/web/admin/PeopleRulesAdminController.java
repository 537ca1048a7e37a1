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
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.people.AppliedRule;
import org.partnersplatform.core.people.IdentityRuleCommand;
import org.partnersplatform.core.people.IdentityRules;
import org.partnersplatform.web.view.PageRenderer;

/** Administrators' identity rules: add one (it applies to existing identities at once as merges), or delete one. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/people/rules")
@Secured({"ADMIN"})
class PeopleRulesAdminController {

    private final IdentityRules rules;
    private final PageRenderer pages;

    PeopleRulesAdminController(IdentityRules rules, PageRenderer pages) {
        this.rules = rules;
        this.pages = pages;
    }

    @Get("{?merges}")
    HttpResponse<String> list(@Nullable @QueryValue Integer merges, HttpRequest<?> request) {
        String done = merges == null ? null : "Rule added; it moved identities of " + merges
                + " other members (see the merges page to undo).";
        return render(request, HttpStatus.OK, Map.of(), done, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        try {
            AppliedRule applied = rules.create(new IdentityRuleCommand(form.get("field"), form.get("value"),
                    form.get("source"), memberId(form.get("memberId"))), principal.getName());
            return HttpResponse.seeOther(URI.create("/admin/people/rules?merges=" + applied.merges().size()));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, form, null,
                    e.getMessage() + ": " + String.join("; ", e.problemLines()));
        } catch (ConflictException | NotFoundException e) {
            return render(request, e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, form,
                    null, e.getMessage());
        }
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id) {
        rules.delete(id);
        return HttpResponse.seeOther(URI.create("/admin/people/rules"));
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, Map<String, String> form,
                                        String done, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Identity rules");
        model.put("rules", rules.list());
        model.put("form", form);
        model.put("usernameChosen", "USERNAME".equalsIgnoreCase(form.get("field")));
        model.put("done", done);
        model.put("error", error);
        return pages.page("admin/identity-rules", model, request).status(status);
    }

    private static Long memberId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("the identity rule is not valid", Map.of("memberId", "is a number"));
        }
    }
}
