package org.partnersplatform.web.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.people.MemberMerges;
import org.partnersplatform.core.people.MergeView;
import org.partnersplatform.core.people.PeopleDirectory;
import org.partnersplatform.core.people.PersonSummary;
import org.partnersplatform.web.view.PageRenderer;

/** The latest merges of people, by hand, from suggestions or by identity rules, each with its undo button. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/people/merges")
@Secured({"ADMIN"})
class PeopleMergesAdminController {

    private final MemberMerges merges;
    private final PeopleDirectory directory;
    private final PageRenderer pages;

    PeopleMergesAdminController(MemberMerges merges, PeopleDirectory directory, PageRenderer pages) {
        this.merges = merges;
        this.directory = directory;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, null);
    }

    @Post("/{id}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> undo(long id, Principal principal, HttpRequest<?> request) {
        try {
            merges.undo(id, principal.getName());
            return HttpResponse.seeOther(URI.create("/admin/people/merges"));
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String error) {
        List<MergeView> latest = merges.latest();
        Map<Long, PersonSummary> people = directory.byIds(latest.stream()
                .flatMap(m -> Stream.of(m.merge().targetMemberId(), m.merge().sourceMemberId())).toList());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Merges of people");
        model.put("merges", latest.stream().map(m -> new Row(m, people.get(m.merge().targetMemberId()),
                people.get(m.merge().sourceMemberId()))).toList());
        model.put("error", error);
        return pages.page("admin/merges", model, request).status(status);
    }

    /** A merge with the two people it names. */
    private record Row(MergeView view, PersonSummary target, PersonSummary source) {
    }
}
