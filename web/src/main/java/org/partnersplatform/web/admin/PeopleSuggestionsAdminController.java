package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import java.util.Map;
import java.util.stream.Stream;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.people.MergeSuggestion;
import org.partnersplatform.core.people.MergeSuggestions;
import org.partnersplatform.core.people.MergeView;
import org.partnersplatform.core.people.PeopleDirectory;
import org.partnersplatform.core.people.PersonSummary;
import org.partnersplatform.web.view.PageRenderer;

/** Merge suggestions waiting for an administrator: accept (merge), reject (never again), or look again. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/people/suggestions")
@Secured({"ADMIN"})
class PeopleSuggestionsAdminController {

    private static final int SHOWN = 200;

    private final MergeSuggestions suggestions;
    private final PeopleDirectory directory;
    private final PageRenderer pages;

    PeopleSuggestionsAdminController(MergeSuggestions suggestions, PeopleDirectory directory, PageRenderer pages) {
        this.suggestions = suggestions;
        this.directory = directory;
        this.pages = pages;
    }

    @Get("{?added,obsoleted,merged}")
    HttpResponse<String> list(@Nullable @QueryValue Integer added, @Nullable @QueryValue Integer obsoleted,
                              @Nullable @QueryValue Long merged, HttpRequest<?> request) {
        String done = null;
        if (added != null && obsoleted != null) {
            done = "Looked again: " + added + " new suggestions, " + obsoleted + " no longer apply.";
        } else if (merged != null) {
            done = "Merged (merge #" + merged + "); it can be undone from the merges page.";
        }
        return render(request, HttpStatus.OK, done, null);
    }

    @Post("/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> refresh() {
        MergeSuggestions.Refresh refresh = suggestions.refresh();
        return HttpResponse.seeOther(URI.create("/admin/people/suggestions?added=" + refresh.added()
                + "&obsoleted=" + refresh.obsoleted()));
    }

    @Post("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(long id, Principal principal, HttpRequest<?> request) {
        try {
            MergeView merge = suggestions.accept(id, principal.getName());
            return HttpResponse.seeOther(URI.create("/admin/people/suggestions?merged=" + merge.merge().id()));
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, null, e.getMessage());
        }
    }

    @Post("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(long id, Principal principal, HttpRequest<?> request) {
        try {
            suggestions.reject(id, principal.getName());
            return HttpResponse.seeOther(URI.create("/admin/people/suggestions"));
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, null, e.getMessage());
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String done, String error) {
        List<MergeSuggestion> pending = suggestions.pending();
        List<MergeSuggestion> shown = pending.subList(0, Math.min(SHOWN, pending.size()));
        Map<Long, PersonSummary> people = directory.byIds(shown.stream()
                .flatMap(s -> Stream.of(s.memberAId(), s.memberBId())).toList());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Merge suggestions");
        model.put("total", pending.size());
        model.put("suggestions", shown.stream()
                .map(s -> new Row(s, people.get(s.memberAId()), people.get(s.memberBId()))).toList());
        model.put("done", done);
        model.put("error", error);
        return pages.page("admin/suggestions", model, request).status(status);
    }

    /** A suggestion with the two people it names. */
    private record Row(MergeSuggestion suggestion, PersonSummary a, PersonSummary b) {
    }
}
