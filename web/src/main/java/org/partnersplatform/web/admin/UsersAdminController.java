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
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.access.PasswordRules;
import org.partnersplatform.core.access.Role;
import org.partnersplatform.core.access.UserCommand;
import org.partnersplatform.core.access.UserService;
import org.partnersplatform.web.view.PageRenderer;

/** The users page: who signs in with which role, and a form to create a user. The password is never shown back. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/users")
@Secured("ADMIN")
class UsersAdminController {

    private final UserService users;
    private final PageRenderer pages;

    UsersAdminController(UserService users, PageRenderer pages) {
        this.users = users;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, null, Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        try {
            users.create(new UserCommand(form.get("username"), form.get("password"), form.get("role")),
                    principal.getName());
            return HttpResponse.seeOther(URI.create("/admin/users"));
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, e.getMessage() + ": " + String.join("; ",
                    e.problemLines()), form);
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, e.getMessage(), form);
        }
    }

    /** The page; a refused form keeps the name and role typed, never the password. */
    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, @Nullable String error,
                                        Map<String, String> form) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Users");
        model.put("users", users.list());
        model.put("roles", Role.values());
        model.put("minLength", PasswordRules.MIN_LENGTH);
        model.put("username", form.get("username"));
        model.put("role", form.get("role"));
        model.put("error", error);
        return pages.page("admin/users", model, request).status(status);
    }
}
