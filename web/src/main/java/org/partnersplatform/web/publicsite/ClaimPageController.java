package org.partnersplatform.web.publicsite;

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
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.affiliation.ActiveMembers;
import org.partnersplatform.core.affiliation.ClaimCommand;
import org.partnersplatform.core.affiliation.ClaimService;
import org.partnersplatform.core.affiliation.ClaimView;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The public claim form: a person, or a representative of an organization, proposes that someone belongs to an
 * organization from a date, with evidence. The claim waits for an administrator; the page says so.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/claims")
@Secured(SecurityRule.IS_ANONYMOUS)
class ClaimPageController {

    private final ClaimService claims;
    private final ActiveMembers members;
    private final PageRenderer pages;

    ClaimPageController(ClaimService claims, ActiveMembers members, PageRenderer pages) {
        this.claims = claims;
        this.members = members;
        this.pages = pages;
    }

    @Get("/new{?member}")
    HttpResponse<String> form(@Nullable @QueryValue String member, HttpRequest<?> request) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("memberId", member == null ? "" : member.strip());
        form.put("role", "PERSON");
        return render(request, HttpStatus.OK, form, Map.of(), null, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> submit(@Body Map<String, String> form, HttpRequest<?> request) {
        Long memberId = memberId(form.get("memberId"));
        try {
            ClaimView claim = claims.submit(new ClaimCommand(memberId, form.get("organization"), form.get("from"),
                    form.get("to"), form.get("evidence"), form.get("claimantName"), form.get("claimantEmail"),
                    form.get("role")));
            return render(request, HttpStatus.CREATED, Map.of(), Map.of(), claim, null);
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, form, e.problems(), null, e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, Map<String, String> form,
                                        Map<String, String> problems, @Nullable ClaimView submitted,
                                        @Nullable String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Propose an affiliation");
        model.put("form", form);
        model.put("problems", problems);
        model.put("submitted", submitted);
        model.put("error", error);
        model.put("person", person(form.get("memberId")).map(Member::displayName).orElse(null));
        model.put("representative", "REPRESENTATIVE".equals(form.get("role")));
        return pages.page("claim", model, request).status(status);
    }

    /** The member the form is about, when it names an active one. */
    private Optional<Member> person(@Nullable String memberId) {
        Long id = memberId(memberId);
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(members.get(id)).filter(Member::active);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Long memberId(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }
}
