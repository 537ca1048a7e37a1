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
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.privacy.ErasedActivities;
import org.partnersplatform.core.privacy.ErasureSummary;
import org.partnersplatform.core.privacy.PersonErasure;
import org.partnersplatform.core.privacy.PrivacyOverview;
import org.partnersplatform.core.privacy.PrivacyOverviews;
import org.partnersplatform.web.api.dto.PrivacyErasureDto;
import org.partnersplatform.web.view.PageRenderer;

/**
 * A person's privacy page: what is held, a link to export it, the erasure form (which asks for the member id to be
 * typed, since erasure cannot be undone) and the privacy log of this person.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/people/{id}/privacy")
@Secured("ADMIN")
class PrivacyAdminController {

    private final PrivacyOverviews overviews;
    private final PersonErasure erasure;
    private final PageRenderer pages;

    PrivacyAdminController(PrivacyOverviews overviews, PersonErasure erasure, PageRenderer pages) {
        this.overviews = overviews;
        this.erasure = erasure;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> page(long id, HttpRequest<?> request) {
        return render(request, HttpStatus.OK, id, null, null);
    }

    @Post("/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> erase(long id, @Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        String typed = form.getOrDefault("confirm", "").strip();
        if (!typed.equals(Long.toString(id))) {
            return render(request, HttpStatus.BAD_REQUEST, id, null,
                    "Nothing was erased: type the member id, " + id + ", to confirm.");
        }
        try {
            return render(request, HttpStatus.OK, id, erasure.erase(id, principal.getName()), null);
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, id, null, e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, long id, ErasureSummary done,
                                        String error) {
        PrivacyOverview overview = overviews.of(id);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Privacy of member #" + id);
        model.put("overview", overview);
        model.put("removes", overview.policy() == ErasedActivities.REMOVE);
        model.put("done", done == null ? null : PrivacyErasureDto.of(done));
        model.put("error", error);
        return pages.page("admin/privacy", model, request).status(status);
    }
}
