package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.InboundRequest;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.credit.CreditService;
import org.partnersplatform.core.ingest.PageOutcome;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The credit form for team leads: it sends the same JSON as {@code POST /api/v1/credits}, so the manual source
 * validates both the same way.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/credits")
@Secured({"ADMIN", "TEAM_LEAD"})
class CreditsAdminController {

    private final CreditService credits;
    private final PageRenderer pages;
    private final JsonMapper json;

    CreditsAdminController(CreditService credits, PageRenderer pages, JsonMapper json) {
        this.credits = credits;
        this.pages = pages;
        this.json = json;
    }

    @Get
    HttpResponse<String> form(@Nullable @QueryValue Long installation, HttpRequest<?> request) {
        return render(request, HttpStatus.OK, installation, Map.of(), null, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> credit(@Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        Long installation = installationOf(form);
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "type", form.get("type"));
        Map<String, Object> person = new LinkedHashMap<>();
        put(person, "email", form.get("email"));
        put(person, "username", form.get("username"));
        put(person, "name", form.get("name"));
        body.put("person", person);
        put(body, "date", form.get("date"));
        put(body, "reason", form.get("reason"));
        put(body, "url", form.get("url"));
        try {
            PageOutcome outcome = credits.credit(installation, new InboundRequest(
                    Map.of("Content-Type", List.of(MediaType.APPLICATION_JSON)), json.writeValueAsBytes(body),
                    Optional.of(principal.getName())));
            String done = outcome.created() > 0 ? "Credit recorded." : "This credit was already recorded.";
            return render(request, HttpStatus.OK, installation, Map.of(), done, null);
        } catch (MalformedDataException e) {
            return render(request, HttpStatus.BAD_REQUEST, installation, form, null, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, Long installation,
                                        Map<String, String> form, String done, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Credit a contribution");
        model.put("form", form);
        model.put("done", done);
        model.put("error", error);
        List<Installation> available = credits.creditInstallations();
        Long chosen = installation != null ? installation : available.isEmpty() ? null : available.get(0).id();
        model.put("installations", available.stream().map(i -> Map.of("id", i.id(), "name", i.name(),
                "selected", i.id().equals(chosen))).toList());
        model.put("several", available.size() > 1);
        try {
            List<ActivityType> types = credits.creditTypes(chosen);
            model.put("types", types.stream().map(t -> Map.of("key", t.key(), "label", t.label(),
                    "selected", t.key().equals(form.get("type")))).toList());
        } catch (ConflictException e) {
            model.put("unavailable", e.getMessage());
        }
        return pages.page("admin/credits", model, request).status(status);
    }

    private static Long installationOf(Map<String, String> form) {
        String value = form.get("installation");
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("the installation is not valid", Map.of("installation", "is a number"));
        }
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
