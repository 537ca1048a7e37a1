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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.people.MemberFlags;
import org.partnersplatform.core.people.MemberMerges;
import org.partnersplatform.core.people.MemberSplits;
import org.partnersplatform.core.people.MergeSuggestions;
import org.partnersplatform.core.people.PeopleDirectory;
import org.partnersplatform.core.people.PeoplePage;
import org.partnersplatform.core.people.PersonSummary;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The people directory and a person's page: identities (split), affiliations over time, latest activity, the locked
 * and bot flags, merging another member in, and the merges this person took part in (undo).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/people")
@Secured({"ADMIN"})
class PeopleAdminController {

    private static final int PAGE_SIZE = 50;
    private static final int ACTIVITY_SHOWN = 20;
    private static final String IDENTITY_FIELD = "identity-";

    private final PeopleDirectory directory;
    private final MemberMerges merges;
    private final MemberSplits splits;
    private final MemberFlags flags;
    private final MergeSuggestions suggestions;
    private final PageRenderer pages;

    PeopleAdminController(PeopleDirectory directory, MemberMerges merges, MemberSplits splits, MemberFlags flags,
                          MergeSuggestions suggestions, PageRenderer pages) {
        this.directory = directory;
        this.merges = merges;
        this.splits = splits;
        this.flags = flags;
        this.suggestions = suggestions;
        this.pages = pages;
    }

    @Get("{?query,page}")
    HttpResponse<String> list(@Nullable @QueryValue String query, @Nullable @QueryValue Integer page,
                              HttpRequest<?> request) {
        int current = page == null ? 0 : page;
        PeoplePage found = directory.search(query, current, PAGE_SIZE);
        String text = query == null ? "" : query.strip();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "People");
        model.put("query", text);
        model.put("people", found.people());
        model.put("pending", suggestions.pending().size());
        model.put("previousUrl", current > 0 ? pageUrl(text, current - 1) : null);
        model.put("nextUrl", found.hasMore() ? pageUrl(text, current + 1) : null);
        return pages.page("admin/people", model, request);
    }

    @Get("/{id}")
    HttpResponse<String> person(long id, HttpRequest<?> request) {
        return render(id, request, HttpStatus.OK, null);
    }

    @Post("/{id}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> split(long id, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(id, request, () -> {
            List<Long> chosen = new ArrayList<>();
            for (String field : form.keySet()) {
                if (field.startsWith(IDENTITY_FIELD)) {
                    chosen.add(number(field.substring(IDENTITY_FIELD.length()), "identity"));
                }
            }
            return "/admin/people/" + splits.split(id, chosen).id();
        });
    }

    @Post("/{id}/locked")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> lock(long id, @Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        boolean locked = Boolean.parseBoolean(form.get("value"));
        return act(id, request, () -> {
            flags.setLocked(id, locked, principal.getName());
            return "/admin/people/" + id;
        });
    }

    @Post("/{id}/bot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bot(long id, @Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        boolean bot = Boolean.parseBoolean(form.get("value"));
        return act(id, request, () -> {
            flags.setBot(id, bot, principal.getName());
            return "/admin/people/" + id;
        });
    }

    @Post("/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> mergeInto(long id, @Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        return act(id, request, () -> {
            merges.merge(id, number(form.get("sourceMemberId"), "sourceMemberId"), form.get("reason"),
                    principal.getName());
            return "/admin/people/" + id;
        });
    }

    @Post("/{id}/merges/{mergeId}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> undo(long id, long mergeId, Principal principal, HttpRequest<?> request) {
        return act(id, request, () -> {
            merges.undo(mergeId, principal.getName());
            return "/admin/people/" + id;
        });
    }

    /** Runs an action and goes to the page it names, or shows the person's page again with what went wrong. */
    private HttpResponse<?> act(long id, HttpRequest<?> request, Supplier<String> action) {
        try {
            return HttpResponse.seeOther(URI.create(action.get()));
        } catch (InvalidRequestException e) {
            String problems = String.join("; ", e.problemLines());
            return render(id, request, HttpStatus.BAD_REQUEST,
                    e.getMessage() + (problems.isEmpty() ? "" : ": " + problems));
        } catch (ConflictException e) {
            return render(id, request, HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private HttpResponse<String> render(long id, HttpRequest<?> request, HttpStatus status, @Nullable String error) {
        PersonSummary person = directory.get(id);
        Member member = person.member();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", member.displayName());
        model.put("person", person);
        model.put("active", member.active());
        model.put("splittable", member.active() && person.identities().size() > 1);
        model.put("affiliations", directory.affiliations(id));
        model.put("activity", directory.latestActivity(id, ACTIVITY_SHOWN));
        model.put("merges", merges.involving(id));
        model.put("error", error);
        return pages.page("admin/person", model, request).status(status);
    }

    private static long number(@Nullable String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("the form is not valid", Map.of(field, "is a member or identity number"));
        }
    }

    private static String pageUrl(String query, int page) {
        return "/admin/people?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page;
    }
}
