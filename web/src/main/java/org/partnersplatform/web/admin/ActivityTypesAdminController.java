package org.partnersplatform.web.admin;

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
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.activity.ActivityTypeRegistry;
import org.partnersplatform.web.api.dto.ActivityTypeWeightDto;
import org.partnersplatform.web.view.PageRenderer;

/** Weights of activity types: each source's default and the administrator's override. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/activity-types")
@Secured("ADMIN")
class ActivityTypesAdminController {

    private final ActivityTypeRegistry types;
    private final PageRenderer pages;

    ActivityTypesAdminController(ActivityTypeRegistry types, PageRenderer pages) {
        this.types = types;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setWeight(@Body Map<String, String> form, HttpRequest<?> request) {
        String weight = form.getOrDefault("weight", "").strip();
        try {
            types.overrideWeight(form.get("source"), form.get("key"), weight.isEmpty() ? null : new BigDecimal(weight));
            return HttpResponse.seeOther(URI.create("/admin/activity-types"));
        } catch (NumberFormatException e) {
            return render(request, HttpStatus.BAD_REQUEST, "the weight \"" + weight + "\" is not a number");
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, e.getMessage() + ": " + String.join("; ", e.problemLines()));
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Activity types and weights");
        model.put("types", types.all().stream().map(ActivityTypeWeightDto::of).toList());
        model.put("error", error);
        return pages.page("admin/activity-types", model, request).status(status);
    }
}
