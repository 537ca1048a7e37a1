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
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.conduct.ConductRegister;
import org.partnersplatform.core.conduct.IncidentCommand;
import org.partnersplatform.core.conduct.Outcome;
import org.partnersplatform.web.view.PageRenderer;

/** The code-of-conduct register page, for reviewers only: the incidents, recording one, deciding one. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/conduct")
@Secured("REVIEWER")
class ConductAdminController {

    private final ConductRegister register;
    private final PageRenderer pages;

    ConductAdminController(ConductRegister register, PageRenderer pages) {
        this.register = register;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(@Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        return act(request, () -> register.record(command(form), principal.getName()));
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long id, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(request, () -> register.update(id, command(form)));
    }

    private static IncidentCommand command(Map<String, String> form) {
        String member = form.get("memberId");
        Long memberId;
        try {
            memberId = member == null || member.isBlank() ? null : Long.valueOf(member.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("the incident is not valid", Map.of("memberId", "is a number"));
        }
        return new IncidentCommand(form.get("organization"), memberId, form.get("occurredOn"), form.get("outcome"),
                form.get("summary"));
    }

    private HttpResponse<?> act(HttpRequest<?> request, Supplier<Object> change) {
        try {
            change.get();
            return HttpResponse.seeOther(URI.create("/admin/conduct"));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, e.getMessage() + ": " + String.join("; ",
                    e.problemLines()));
        } catch (NotFoundException e) {
            return render(request, HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, @Nullable String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Code-of-conduct register");
        model.put("incidents", register.list());
        model.put("outcomes", Outcome.values());
        model.put("error", error);
        return pages.page("admin/conduct", model, request).status(status);
    }
}
